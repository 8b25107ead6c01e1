/** The create flow's dots: create → back up → protect (phrase asked back, custody, password) → done. */
import { ProgressDots } from '../../components/ProgressDots';
import { t } from '../../i18n';

export const CREATE_STEP = { create: 1, backUp: 2, protect: 3, done: 4 } as const;

export function CreateProgress({ current }: { current: (typeof CREATE_STEP)[keyof typeof CREATE_STEP] }) {
  return (
    <ProgressDots
      steps={[
        t('onboardingStepCreate'),
        t('onboardingStepBackUp'),
        t('onboardingStepProtect'),
        t('onboardingStepDone'),
      ]}
      current={current}
    />
  );
}
