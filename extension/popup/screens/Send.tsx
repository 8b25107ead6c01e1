/**
 * Send (CONTRACT.md "send"): select **Asset**, fields **To** and **Amount**, **Review** → the
 * ring's card of the payment (inputs, outputs, fee, change) with **Approve** / **Reject** on the
 * same screen; on approve the ring signs and broadcasts, and the transaction id is shown.
 * This release sends on the Bitcoin and Litecoin networks with a chosen backend.
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { Card } from '../../../src/markup/card';
import { confirmSend, reviewSend } from '../../../src/rpc/procedures/send';
import { getUtxoNetworks, type UtxoNetworksView } from '../../../src/rpc/procedures/utxoNetworks';
import { CardView } from '../components/CardView';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { call } from '../ringClient';
import { useAction } from '../useAction';

export function Send({ onBack }: { onBack(): void }) {
  const [networks, setNetworks] = useState<UtxoNetworksView['networks']>([]);
  const [asset, setAsset] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [review, setReview] = useState<{ id: string; card: Card } | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  useEffect(() => {
    void run(() => call(getUtxoNetworks, {})).then((view) => {
      if (!view) return;
      setNetworks(view.networks);
      setAsset((current) => current || view.networks[0]?.id || '');
    });
  }, [run]);

  const onReview = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const next = await run(() => call(reviewSend, { asset, to: to.trim(), amount: amount.trim() }));
    if (next) setReview(next);
  };

  const answer = async (decision: 'approve' | 'reject') => {
    if (!review) return;
    const result = await run(() => call(confirmSend, { id: review.id, decision }));
    setReview(null);
    if (result?.status === 'sent') setSent(result.txid ?? '');
  };

  if (review)
    return (
      <section className="stack" aria-labelledby="send-card-title">
        <CardView card={review.card} titleId="send-card-title" />
        <ErrorAlert message={error} />
        <div className="row">
          <button type="button" onClick={() => void answer('approve')} disabled={busy}>
            Approve
          </button>
          <button type="button" className="secondary" onClick={() => void answer('reject')} disabled={busy}>
            Reject
          </button>
          <Working busy={busy} label="Signing and sending…" />
        </div>
      </section>
    );

  return (
    <form className="stack" aria-labelledby="send-title" onSubmit={onReview} noValidate>
      <h2 id="send-title">Send</h2>
      <div className="field">
        <label htmlFor="send-asset">Asset</label>
        <select id="send-asset" value={asset} onChange={(e) => setAsset(e.target.value)}>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>{`${n.symbol} — ${n.name}`}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="send-to">To</label>
        <input
          id="send-to"
          autoComplete="off"
          spellCheck={false}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="send-amount">Amount</label>
        <input
          id="send-amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </div>
      <ErrorAlert message={error} />
      {sent !== null && (
        <p role="status" className="notice">
          Sent. Transaction id: <code>{sent}</code>
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || !asset || to.trim() === '' || amount.trim() === ''}>
          Review
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
        <Working busy={busy} label="Finding coins and the fee…" />
      </div>
    </form>
  );
}
