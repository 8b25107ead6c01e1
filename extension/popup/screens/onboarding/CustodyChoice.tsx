/** The custody step of creating a wallet: three radios, Phrase only checked (custody.ts). */
import { useId } from 'react';
import { type MessageKey, t } from '../../i18n';
import { CUSTODIES, type Custody, needsGuardianSetUp } from './custody';
import './onboarding.css';

const WORDS: Record<Custody, { label: MessageKey; hint: MessageKey }> = {
  phrase: { label: 'onboardingCustodyPhrase', hint: 'onboardingCustodyPhraseHint' },
  guardians: { label: 'onboardingCustodyGuardians', hint: 'onboardingCustodyGuardiansHint' },
  mixed: { label: 'onboardingCustodyMixed', hint: 'onboardingCustodyMixedHint' },
};

interface Props {
  value: Custody;
  onChange(value: Custody): void;
  disabled?: boolean;
}

export function CustodyChoice({ value, onChange, disabled }: Props) {
  const id = useId();
  return (
    <fieldset className="custody-choice" disabled={disabled}>
      <legend>{t('onboardingCustodyLegend')}</legend>
      {CUSTODIES.map((custody) => (
        <div className="option" key={custody}>
          <input
            type="radio"
            id={`${id}-${custody}`}
            name={`${id}-custody`}
            value={custody}
            checked={value === custody}
            aria-describedby={`${id}-${custody}-hint`}
            onChange={() => onChange(custody)}
          />
          <label htmlFor={`${id}-${custody}`}>{t(WORDS[custody].label)}</label>
          <p id={`${id}-${custody}-hint`} className="hint">
            {t(WORDS[custody].hint)}
          </p>
        </div>
      ))}
      <p className="hint" aria-live="polite">
        {needsGuardianSetUp(value) ? t('onboardingCustodyNext') : t('onboardingCustodyLater')}
      </p>
    </fieldset>
  );
}
