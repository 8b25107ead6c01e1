/** The locked wallet: one password field. Wrong passwords are throttled by the ring. */
import { type FormEvent, useId, useState } from 'react';
import { unlock } from '../../../src/rpc/procedures/lifecycle';
import type { WalletStatus } from '../../../src/rpc/procedures/status';
import { CurrentPassword } from '../components/CurrentPassword';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { t } from '../i18n';
import { call, errorCode, errorMessage } from '../ringClient';
import { useAction } from '../useAction';

function messageFor(error: unknown): string {
  // The contract: a wrong password shows an alert with the word "password".
  if (errorCode(error) === 'BAD_PASSWORD') return t('wrongPassword');
  return errorMessage(error);
}

interface Props {
  /** From getStatus: unlock is refused until then (ms since epoch). */
  retryAfterMs?: number | undefined;
  onUnlocked(status: WalletStatus): void;
}

export function Unlock({ retryAfterMs, onUnlocked }: Props) {
  const id = useId();
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction(messageFor);
  const waitSeconds = retryAfterMs ? Math.ceil((retryAfterMs - Date.now()) / 1000) : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = password;
    setPassword(''); // never leave a tried password on screen
    const status = await run(() => call(unlock, { password: typed }));
    if (status) onUnlocked(status);
  };

  return (
    <form className="stack" aria-labelledby={`${id}-t`} onSubmit={submit}>
      <h2 id={`${id}-t`}>{t('unlockTitle')}</h2>
      <CurrentPassword value={password} onChange={setPassword} autoFocus />
      {waitSeconds > 0 && !error && <p className="notice">{t('tooManyTries', waitSeconds)}</p>}
      <ErrorAlert message={error} />
      <div className="row">
        <button type="submit" disabled={busy || password === ''}>
          {t('unlockButton')}
        </button>
        <Working busy={busy} label={t('unlocking')} />
      </div>
    </form>
  );
}
