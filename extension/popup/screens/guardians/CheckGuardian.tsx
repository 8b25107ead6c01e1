/**
 * Owner: a health check of one guardian (CONTRACT.md: "health check"). The ring makes a fresh
 * challenge; the guardian's wallet answers it from the kept envelope without revealing the share;
 * the ring verifies the answer against the split's commitment. A paper envelope cannot answer.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { makeHealthChallenge, verifyHealthResponse } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField, ReadOnlyText } from '../../components/ReadOnlyText';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "just now" for a confirmation of the last minute, else the time. */
function when(at: number): string {
  return Math.abs(Date.now() - at) < 60_000 ? 'just now' : `on ${time.format(at)}`;
}

export function CheckGuardian({ index, onBack }: { index: number; onBack(): void }) {
  const [challenge, setChallenge] = useState<string | null>(null);
  const [response, setResponse] = useState('');
  const [confirmedAt, setConfirmedAt] = useState<number | null>(null);
  const make = useAction();
  const verify = useAction();
  const runMake = make.run;

  const newChallenge = useCallback(async () => {
    setChallenge(null);
    setResponse('');
    setConfirmedAt(null);
    const out = await runMake(() => call(makeHealthChallenge, { index }));
    if (out) setChallenge(out.challenge);
  }, [index, runMake]);

  useEffect(() => {
    void newChallenge();
  }, [newChallenge]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setConfirmedAt(null);
    const out = await verify.run(() => call(verifyHealthResponse, { index, response: response.trim() }));
    if (out) setConfirmedAt(out.confirmedAt);
  };

  const busy = make.busy || verify.busy;
  return (
    <section className="stack" aria-labelledby="check-title">
      <div className="row spread">
        <h2 id="check-title">Check guardian {index}</h2>
        <button type="button" className="secondary" onClick={onBack} disabled={busy}>
          Back
        </button>
      </div>
      <p>
        Does guardian {index} still keep their envelope? Send them the challenge. In Ringfence they open
        Guardian inbox, choose Answer challenge, paste it, and send you the Response. Their share stays with
        them.
      </p>
      <Working busy={make.busy} label="Making a challenge…" />
      <ErrorAlert message={make.error} />
      {challenge && (
        <>
          <ReadOnlyText label="Challenge" value={challenge} copy="challenge" />
          <form className="stack" aria-labelledby="response-title" onSubmit={submit}>
            <h3 id="response-title">The guardian's answer</h3>
            <PastedTextField label="Response" value={response} onChange={setResponse} disabled={busy} />
            <ErrorAlert message={verify.error} />
            <div className="row">
              <button type="submit" disabled={busy || response.trim() === ''}>
                Verify
              </button>
              <Working busy={verify.busy} label="Verifying…" />
            </div>
          </form>
        </>
      )}
      {confirmedAt !== null && (
        <p role="status" className="notice">
          Guardian {index} confirmed their share {when(confirmedAt)}.
        </p>
      )}
      <div className="row">
        <button type="button" className="secondary small" onClick={newChallenge} disabled={busy}>
          New challenge
        </button>
      </div>
    </section>
  );
}
