/**
 * Guardian side: the envelopes this wallet keeps for owners (CONTRACT.md: "guardian side",
 * "health check"). An envelope is kept only if it opens with this wallet's guardian key; it leaves
 * again only re-sealed to an owner's recovery request. Each envelope's buttons sit in its own list
 * item, so "Release" and "Delete envelope" are unique within it.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { getGuardianInbox, type InboxView, keepEnvelope } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField } from '../../components/ReadOnlyText';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { AnswerChallenge } from './AnswerChallenge';
import { InboxEnvelope } from './InboxEnvelope';

export function GuardianInbox({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<InboxView | null>(null);
  const [envelope, setEnvelope] = useState('');
  const load = useAction();
  const keep = useAction();
  const runLoad = load.run;

  const reload = useCallback(async () => {
    const next = await runLoad(() => call(getGuardianInbox, {}));
    if (next) setView(next);
  }, [runLoad]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = await keep.run(() => call(keepEnvelope, { envelope: envelope.trim() }));
    if (!next) return;
    setView(next);
    setEnvelope('');
  };

  return (
    <section className="stack" aria-labelledby="inbox-title">
      <div className="row spread">
        <h2 id="inbox-title">Guardian inbox</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <form className="stack" aria-labelledby="keep-title" onSubmit={submit}>
        <h3 id="keep-title">Keep an envelope</h3>
        <p className="hint">Paste the sealed envelope an owner sent you. Only this wallet can open it.</p>
        <PastedTextField label="Envelope" value={envelope} onChange={setEnvelope} disabled={keep.busy} />
        <ErrorAlert message={keep.error} />
        <div className="row">
          <button type="submit" disabled={keep.busy || envelope.trim() === ''}>
            Keep envelope
          </button>
          <Working busy={keep.busy} label="Opening the envelope…" />
        </div>
      </form>
      <h3>Kept envelopes</h3>
      {!view && !load.error && <p role="status">Loading envelopes…</p>}
      <ErrorAlert message={load.error} />
      {!view && load.error && (
        <button type="button" className="secondary" onClick={reload} disabled={load.busy}>
          Retry
        </button>
      )}
      {view && view.envelopes.length === 0 && (
        <p className="empty">No envelope yet. One you keep appears here.</p>
      )}
      {view && view.envelopes.length > 0 && (
        <ul className="list" aria-label="Kept envelopes">
          {view.envelopes.map((kept) => (
            <InboxEnvelope key={kept.id} envelope={kept} onChange={setView} />
          ))}
        </ul>
      )}
      <AnswerChallenge />
    </section>
  );
}
