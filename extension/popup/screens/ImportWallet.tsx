/** Importing an existing BIP-39 phrase under a new password. The ring checks the phrase. */
import { type FormEvent, useEffect, useState } from 'react';
import { importWallet } from '../../../src/rpc/procedures/lifecycle';
import type { WalletStatus } from '../../../src/rpc/procedures/status';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { EMPTY_PAIR, firstProblem, PasswordFields, type PasswordPair } from '../components/PasswordFields';
import { SecretInput } from '../components/SecretInput';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';
import { normalizePhrase } from './phrase';

interface Props {
  onImported(status: WalletStatus): void;
  onBack(): void;
}

export function ImportWallet({ onImported, onBack }: Props) {
  const [phrase, setPhrase] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [pair, setPair] = useState<PasswordPair>(EMPTY_PAIR);
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = useAction();

  // The phrase and passphrase must not outlive this screen.
  useEffect(
    () => () => {
      setPhrase('');
      setPassphrase('');
    },
    [],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const problem = firstProblem(pair);
    if (problem) {
      setError(problem);
      return;
    }
    const status = await run(() =>
      call(importWallet, {
        phrase: normalizePhrase(phrase),
        password: pair.password,
        ...(passphrase === '' ? {} : { passphrase }),
      }),
    );
    if (status) onImported(status);
  };

  return (
    <form className="stack" aria-labelledby="import-title" onSubmit={submit}>
      <h2 id="import-title">{t('importWallet')}</h2>
      <p>{t('importHint')}</p>
      <SecretInput
        label={t('recoveryPhrase')}
        value={phrase}
        onChange={setPhrase}
        collapseWhitespaceOnPaste
        disabled={busy}
      />
      <details>
        <summary>{t('passphraseAdvanced')}</summary>
        <p id="passphrase-hint" className="hint">
          {t('passphraseHint')}
        </p>
        <SecretInput
          label={t('passphraseLabel')}
          value={passphrase}
          onChange={setPassphrase}
          describedBy="passphrase-hint"
          disabled={busy}
        />
      </details>
      <PasswordFields value={pair} onChange={setPair} showAll={tried} disabled={busy} />
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={onBack} disabled={busy}>
          {t('back')}
        </button>
        <button type="submit" disabled={busy || phrase.trim() === ''}>
          {t('importButton')}
        </button>
        <Working busy={busy} label={t('importing')} />
      </div>
      {busy && <p className="hint">{t('onboardingCreatingHint')}</p>}
    </form>
  );
}
