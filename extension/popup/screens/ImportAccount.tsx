/** Importing a raw secp256k1 private key as an extra account. The ring validates and stores it. */
import { type FormEvent, useEffect, useState } from 'react';
import { importAccount } from '../../../src/rpc/procedures/accounts';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { SecretInput } from '../components/SecretInput';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';

export function ImportAccount({ onDone }: { onDone(): void }) {
  const [privateKey, setPrivateKey] = useState('');
  const { busy, error, run } = useAction();

  // The key must not outlive this screen.
  useEffect(() => () => setPrivateKey(''), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const view = await run(() => call(importAccount, { privateKey: privateKey.trim() }));
    if (view) {
      setPrivateKey('');
      onDone(); // the imported account is selected: Home shows its address
    }
  };

  return (
    <form className="stack" aria-labelledby="import-account-title" onSubmit={submit}>
      <h2 id="import-account-title">{t('importAccountTitle')}</h2>
      <p>{t('importAccountHint')}</p>
      <SecretInput
        label={t('importAccountKey')}
        value={privateKey}
        onChange={setPrivateKey}
        disabled={busy}
      />
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={onDone} disabled={busy}>
          {t('back')}
        </button>
        <button type="submit" disabled={busy || privateKey.trim() === ''}>
          {t('importAccountButton')}
        </button>
        <Working busy={busy} label={t('importing')} />
      </div>
    </form>
  );
}
