/** Re-encrypts the vault under a new password; the ring checks the current one. */
import { type FormEvent, useId, useState } from 'react';
import { changePassword } from '../../../../src/rpc/procedures/passwordGated';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import {
  EMPTY_PAIR,
  PasswordFields,
  type PasswordPair,
  passwordProblems,
} from '../../components/PasswordFields';
import { t } from '../../i18n';
import { call, errorCode, errorMessage } from '../../ringClient';
import { useAction } from '../../useAction';

function messageFor(error: unknown): string {
  if (errorCode(error) === 'BAD_PASSWORD') return t('settingsCurrentPasswordWrong');
  return errorMessage(error);
}

/** The message a refused submit shows, naming the new password (PasswordFields' firstProblem says "Password"). */
function newPasswordProblem(pair: PasswordPair): string | null {
  const problems = passwordProblems(pair);
  const tooShort = problems.password;
  // Lower-case only the first letter: German keeps its capitalised nouns and "Sie".
  if (tooShort) return t('settingsNewPasswordProblem', tooShort.charAt(0).toLowerCase() + tooShort.slice(1));
  return problems.confirm ?? null;
}

export function ChangePasswordForm() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [pair, setPair] = useState<PasswordPair>(EMPTY_PAIR);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction(messageFor);
  const labels = { password: t('settingsNewPassword'), confirm: t('settingsConfirmNewPassword') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setDone(false);
    const problem = newPasswordProblem(pair);
    if (problem) {
      setError(problem);
      return;
    }
    const out = await run(() => call(changePassword, { current, next: pair.password }));
    setCurrent('');
    if (out) {
      setPair(EMPTY_PAIR);
      setTried(false);
      setDone(true);
    }
  };

  return (
    <form className="stack" aria-labelledby={`${id}-t`} onSubmit={submit}>
      <h3 id={`${id}-t`}>{t('settingsChangePasswordTitle')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('settingsCurrentPassword')}</label>
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          value={current}
          disabled={busy}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </div>
      <PasswordFields value={pair} onChange={setPair} showAll={tried} labels={labels} disabled={busy} />
      <ErrorAlert message={error} />
      {done && (
        <p role="status" className="notice">
          {t('settingsPasswordChanged')}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || current === ''}>
          {t('settingsChangePassword')}
        </button>
        <Working busy={busy} label={t('settingsReEncrypting')} />
      </div>
    </form>
  );
}
