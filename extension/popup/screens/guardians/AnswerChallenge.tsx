/**
 * Guardian side of a health check: answers an owner's challenge from a kept envelope. The
 * response proves the share is still here without revealing it, so it can be sent openly.
 */
import { type FormEvent, useState } from 'react';
import { answerChallenge } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField, ReadOnlyText } from '../../components/ReadOnlyText';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

export function AnswerChallenge() {
  const [open, setOpen] = useState(false);
  const [challenge, setChallenge] = useState('');
  const [response, setResponse] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResponse(null);
    const out = await run(() => call(answerChallenge, { challenge: challenge.trim() }));
    if (out) setResponse(out.response);
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          Answer challenge
        </button>
      </div>
      {open && (
        <form className="stack" aria-labelledby="answer-title" onSubmit={submit}>
          <h3 id="answer-title">Health check</h3>
          <p className="hint">An owner checks you still keep their envelope: paste their challenge.</p>
          <PastedTextField label="Challenge" value={challenge} onChange={setChallenge} disabled={busy} />
          <ErrorAlert message={error} />
          <div className="row">
            <button type="submit" disabled={busy || challenge.trim() === ''}>
              Answer
            </button>
            <Working busy={busy} label="Answering…" />
          </div>
          {response && (
            <>
              <ReadOnlyText label="Response" value={response} copy="response" />
              <p className="hint">Send this response back to the owner.</p>
            </>
          )}
        </form>
      )}
    </div>
  );
}
