/**
 * "Ask the rules" (docs/rules.md): what would happen if a site asked this? A dry run in the ring —
 * the same evaluation a real request gets, with today's totals — that signs nothing and opens nothing.
 */
import { type FormEvent, useState } from 'react';
import type { OutputOf } from '../../../../src/rpc/procedures/procedure';
import { askRules } from '../../../../src/rpc/procedures/rules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

const KINDS = [
  'send',
  'connect',
  'message',
  'typed-data',
  'approve',
  'permit',
  'transaction',
  'psbt',
  'eth_sign',
];

type Answer = OutputOf<typeof askRules>;

export function AskRules() {
  const [origin, setOrigin] = useState('https://');
  const [kind, setKind] = useState('send');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { busy, error, run } = useAction();

  const onAsk = async (event: FormEvent) => {
    event.preventDefault();
    setAnswer(null);
    const next = await run(() =>
      call(askRules, {
        origin: origin.trim(),
        kind,
        ...(to.trim() ? { to: to.trim() } : {}),
        ...(amount.trim() ? { amount: amount.trim() } : {}),
      }),
    );
    if (next) setAnswer(next);
  };

  return (
    <form className="stack" aria-labelledby="ask-rules" onSubmit={onAsk} noValidate>
      <h3 id="ask-rules">Ask the rules</h3>
      <p className="hint">A dry run: nothing is signed or sent, no window opens.</p>
      <div className="field">
        <label htmlFor="ask-origin">Origin</label>
        <input
          id="ask-origin"
          autoComplete="off"
          value={origin}
          onChange={(e) => setOrigin(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="ask-kind">Kind</label>
        <select id="ask-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ask-to">To (optional)</label>
        <input
          id="ask-to"
          autoComplete="off"
          spellCheck={false}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="ask-amount">Amount (optional)</label>
        <input
          id="ask-amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" disabled={busy}>
          Ask
        </button>
      </div>
      <ErrorAlert message={error} />
      {answer && (
        <output className="stack" aria-label="Verdict">
          <p>
            Verdict: <strong>{answer.verdict}</strong>
          </p>
          <ul>
            {answer.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </output>
      )}
    </form>
  );
}
