/** Re-encrypts the vault under a new password; the ring checks the current one. */
import { type FormEvent, useId, useState } from 'react';
import { changePassword } from '../../../../src/rpc/procedures/passwordGated';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { EMPTY_PAIR, firstProblem, PasswordFields, type PasswordPair } from '../../components/PasswordFields';
import { call, errorCode, errorMessage } from '../../ringClient';
import { useAction } from '../../useAction';

function messageFor(error: unknown): string {
  if (errorCode(error) === 'BAD_PASSWORD') return 'The current password is wrong.';
  return errorMessage(error);
}

const LABELS = { password: 'New password', confirm: 'Confirm new password' };

export function ChangePasswordForm() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [pair, setPair] = useState<PasswordPair>(EMPTY_PAIR);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction(messageFor);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setDone(false);
    const problem = firstProblem(pair);
    if (problem) {
      setError(problem.replace(/^Password/, 'New password'));
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
      <h3 id={`${id}-t`}>Change password</h3>
      <div className="field">
        <label htmlFor={id}>Current password</label>
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          value={current}
          disabled={busy}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </div>
      <PasswordFields value={pair} onChange={setPair} showAll={tried} labels={LABELS} disabled={busy} />
      <ErrorAlert message={error} />
      {done && (
        <p role="status" className="notice">
          Password changed.
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || current === ''}>
          Change password
        </button>
        <Working busy={busy} label="Re-encrypting…" />
      </div>
    </form>
  );
}
