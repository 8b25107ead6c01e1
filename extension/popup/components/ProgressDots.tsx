/**
 * Where a person is in a flow of a few steps (issue 11: onboarding), as an ordered list: one dot
 * per step, the current one `aria-current="step"`, and "Step 2 of 4" read before each label so a
 * screen reader hears the position, not only the dots (WAI-ARIA 1.2, aria-current).
 *
 *   <ProgressDots steps={[t('onboardingStepCreate'), …]} current={2} />   // 1-based
 */
import { t } from '../i18n';
import './progressDots.css';

export function ProgressDots({ steps, current }: { steps: readonly string[]; current: number }) {
  return (
    <ol className="progress-dots" aria-label={t('onboardingProgress')}>
      {steps.map((label, index) => {
        const step = index + 1;
        const state = step < current ? 'done' : step === current ? 'current' : 'next';
        return (
          <li key={label} className={state} aria-current={step === current ? 'step' : undefined}>
            <span className="dot" aria-hidden="true" />
            <span className="visually-hidden">{t('onboardingStepOf', step, steps.length)}: </span>
            <span className="label">{label}</span>
            {state === 'done' && <span className="visually-hidden"> ({t('onboardingStepCompleted')})</span>}
          </li>
        );
      })}
    </ol>
  );
}
