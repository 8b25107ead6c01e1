/**
 * Step "Ask guardians" of recovery: the new wallet's password is set first, and this browser's
 * recovery request (an ephemeral key sealed under it) is made, so guardians can release their
 * shares to it. The request survives restarts; making a new one replaces it.
 */
import { type FormEvent, useState } from 'react';
import type { OutputOf } from '../../../../src/rpc/procedures/procedure';
import { createRecoveryRequest, type getRecoveryRequest } from '../../../../src/rpc/procedures/recovery';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { EMPTY_PAIR, firstProblem, PasswordFields, type PasswordPair } from '../../components/PasswordFields';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

type Request = NonNullable<OutputOf<typeof getRecoveryRequest>['request']>;

interface Props {
  /** A request already exists: making a new one makes shares released to the old one useless. */
  replacing: boolean;
  onCreated(request: Request): void;
  onCancel(): void;
}

export function AskGuardians({ replacing, onCreated, onCancel }: Props) {
  const [pair, setPair] = useState<PasswordPair>(EMPTY_PAIR);
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const problem = firstProblem(pair);
    if (problem) {
      setError(problem);
      return;
    }
    const password = pair.password;
    setPair(EMPTY_PAIR);
    setTried(false);
    const out = await run(() => call(createRecoveryRequest, { password }));
    if (!out) return;
    if (out.request) onCreated(out.request);
    else setError(t('guardiansNoRequestMade'));
  };

  return (
    <form className="stack" aria-labelledby="ask-title" onSubmit={submit}>
      <h3 id="ask-title">{t('guardiansAsk')}</h3>
      <p>{t('guardiansAskIntro')}</p>
      {replacing && <p className="warning">{t('guardiansAskReplacing')}</p>}
      <PasswordFields value={pair} onChange={setPair} showAll={tried} disabled={busy} />
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {t('guardiansCancel')}
        </button>
        <button type="submit" disabled={busy}>
          {t('guardiansCreateRequest')}
        </button>
        <Working busy={busy} label={t('guardiansCreatingRequest')} />
      </div>
    </form>
  );
}
