/**
 * Create, step 3 "Protect", one form (CONTRACT.md "create": asks the phrase back, Password /
 * Confirm password, Create): the phrase typed back, who can bring the wallet back (Phrase only
 * checked, so Create alone finishes at Home), and the password. Create runs the password KDF:
 * the wait is shown, with why it takes seconds.
 */
import type { FormEvent } from 'react';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PasswordFields, type PasswordPair } from '../../components/PasswordFields';
import { SecretInput } from '../../components/SecretInput';
import { t } from '../../i18n';
import { CREATE_STEP, CreateProgress } from './CreateProgress';
import { CustodyChoice } from './CustodyChoice';
import type { Custody } from './custody';

interface Props {
  confirmation: string;
  onConfirmation(value: string): void;
  custody: Custody;
  onCustody(value: Custody): void;
  pair: PasswordPair;
  onPair(value: PasswordPair): void;
  tried: boolean;
  busy: boolean;
  error: string | null;
  onStartOver(): void;
  onSubmit(event: FormEvent): void;
}

export function ConfirmPhrase(props: Props) {
  const { busy } = props;
  return (
    <form className="stack" aria-labelledby="create-confirm-title" onSubmit={props.onSubmit}>
      <CreateProgress current={CREATE_STEP.protect} />
      <h2 id="create-confirm-title">{t('onboardingConfirmTitle')}</h2>
      <p>{t('onboardingConfirmHint')}</p>
      <SecretInput
        label={t('onboardingConfirmLabel')}
        value={props.confirmation}
        onChange={props.onConfirmation}
        collapseWhitespaceOnPaste
        disabled={busy}
      />
      <CustodyChoice value={props.custody} onChange={props.onCustody} disabled={busy} />
      <PasswordFields value={props.pair} onChange={props.onPair} showAll={props.tried} disabled={busy} />
      <ErrorAlert message={props.error} />
      <div className="row">
        <button type="button" className="secondary" onClick={props.onStartOver} disabled={busy}>
          {t('onboardingStartOver')}
        </button>
        <button type="submit" disabled={busy || props.confirmation.trim() === ''}>
          {t('onboardingCreateButton')}
        </button>
        <Working busy={busy} label={t('onboardingCreating')} />
      </div>
      {busy && <p className="hint">{t('onboardingCreatingHint')}</p>}
    </form>
  );
}
