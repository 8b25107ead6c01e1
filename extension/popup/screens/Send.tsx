/**
 * Send (CONTRACT.md "send"): select **Asset**, fields **To** and **Amount**, **Review** → the
 * ring's card with **Approve** / **Reject** on the same screen; on approve the ring signs and
 * broadcasts, and the transaction id (or hash) is shown. Assets: the selected EVM network's coin
 * and watched tokens (the card of a dapp transaction: simulation, editable fees), and the Bitcoin
 * and Litecoin networks (the payment's inputs, outputs, fee and change).
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { Card } from '../../../src/markup/card';
import { confirmSend, getSendAssets, reviewSend } from '../../../src/rpc/procedures/send';
import { FeeEditor } from '../approval/FeeEditor';
import { feeDraft, feeState } from '../approval/fees';
import { CardView } from '../components/CardView';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';

export function Send({ onBack }: { onBack(): void }) {
  const [assets, setAssets] = useState<{ id: string; label: string }[]>([]);
  const [asset, setAsset] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [review, setReview] = useState<{ id: string; card: Card } | null>(null);
  const [draft, setDraft] = useState<ReturnType<typeof feeDraft> | undefined>(undefined);
  const [sent, setSent] = useState<{ id: string; evm: boolean } | null>(null);
  const { busy, error, run } = useAction();

  useEffect(() => {
    void run(() => call(getSendAssets, {})).then((view) => {
      if (!view) return;
      setAssets(view.assets);
      setAsset((current) => current || view.assets[0]?.id || '');
    });
  }, [run]);

  const onReview = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const next = await run(() => call(reviewSend, { asset, to: to.trim(), amount: amount.trim() }));
    if (!next) return;
    setReview(next);
    setDraft(next.card.fees ? feeDraft(next.card.fees) : undefined);
  };

  const fee = review?.card.fees && draft ? feeState(review.card.fees, draft) : undefined;
  const answer = async (decision: 'approve' | 'reject') => {
    if (!review) return;
    const fees = decision === 'approve' && fee?.edited ? fee.input : undefined;
    const result = await run(() => call(confirmSend, { id: review.id, decision, ...(fees ? { fees } : {}) }));
    setReview(null);
    if (result?.status === 'sent') setSent({ id: result.txid ?? '', evm: asset.startsWith('evm:') });
  };

  if (review)
    return (
      <section className="stack" aria-labelledby="send-card-title">
        <CardView card={review.card} titleId="send-card-title">
          {review.card.fees && draft && fee && (
            <FeeEditor
              fees={review.card.fees}
              draft={draft}
              state={fee}
              onChange={setDraft}
              disabled={busy}
            />
          )}
        </CardView>
        <ErrorAlert message={error} />
        <div className="row">
          <button
            type="button"
            onClick={() => void answer('approve')}
            disabled={busy || (fee?.edited === true && fee.problem !== null)}
          >
            {t('approvalApprove')}
          </button>
          <button type="button" className="secondary" onClick={() => void answer('reject')} disabled={busy}>
            {t('approvalReject')}
          </button>
          <Working busy={busy} label={t('sendSigning')} />
        </div>
      </section>
    );

  return (
    <form className="stack" aria-labelledby="send-title" onSubmit={onReview} noValidate>
      <h2 id="send-title">{t('sendTitle')}</h2>
      <div className="field">
        <label htmlFor="send-asset">{t('sendAsset')}</label>
        <select id="send-asset" value={asset} onChange={(e) => setAsset(e.target.value)}>
          {assets.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <TextField id="send-to" label={t('sendTo')} mono value={to} onChange={setTo} />
      <TextField
        id="send-amount"
        label={t('sendAmount')}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
      />
      <ErrorAlert message={error} />
      {sent !== null && (
        <p role="status" className="notice">
          {sent.evm ? t('sendSentHash') : t('sendSentId')} <code translate="no">{sent.id}</code>
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || !asset || to.trim() === '' || amount.trim() === ''}>
          {t('sendReview')}
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          {t('back')}
        </button>
        <Working busy={busy} label={t('sendPreparing')} />
      </div>
    </form>
  );
}
