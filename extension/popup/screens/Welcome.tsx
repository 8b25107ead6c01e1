/**
 * First run: the three ways in (CONTRACT.md), each with a line on when to pick it. The buttons'
 * names are exactly CONTRACT.md's; the line is their description, not part of the name.
 */
import { type MessageKey, t } from '../i18n';
import './onboarding/onboarding.css';

export type WelcomeChoice = 'create' | 'import' | 'recover';

const WAYS_IN: readonly { choice: WelcomeChoice; label: MessageKey; hint: MessageKey }[] = [
  { choice: 'create', label: 'createWallet', hint: 'onboardingWelcomeCreateHint' },
  { choice: 'import', label: 'importWallet', hint: 'onboardingWelcomeImportHint' },
  { choice: 'recover', label: 'recoverWithGuardians', hint: 'onboardingWelcomeRecoverHint' },
];

export function Welcome({ onChoose }: { onChoose(choice: WelcomeChoice): void }) {
  return (
    <section className="stack" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcomeTitle')}</h2>
      <p>{t('welcomeText')}</p>
      <ul className="ways-in">
        {WAYS_IN.map(({ choice, label, hint }, index) => (
          <li key={choice}>
            <button
              type="button"
              className={index === 0 ? undefined : 'secondary'}
              aria-describedby={`welcome-${choice}-hint`}
              onClick={() => onChoose(choice)}
            >
              {t(label)}
            </button>
            <p id={`welcome-${choice}-hint`} className="hint">
              {t(hint)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
