/**
 * "Ask the rules" (docs/rules.md): what would happen if a site asked this? A dry run in the ring —
 * the same evaluation a real request gets, with today's totals — that signs nothing and opens nothing.
 */
import { type FormEvent, useState } from 'react';
import type { OutputOf } from '../../../../src/rpc/procedures/procedure';
import { askRules } from '../../../../src/rpc/procedures/rules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
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
      <h3 id="ask-rules">{t('askRulesTitle')}</h3>
      <p className="hint">{t('askRulesHint')}</p>
      <TextField id="ask-origin" label={t('askRulesOrigin')} value={origin} onChange={setOrigin} />
      <div className="field">
        <label htmlFor="ask-kind">{t('askRulesKind')}</label>
        <select id="ask-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {/* The rule language's own kind names, as a rule file writes them. */}
          {KINDS.map((k) => (
            <option key={k} value={k} translate="no">
              {k}
            </option>
          ))}
        </select>
      </div>
      <TextField id="ask-to" label={t('askRulesTo')} mono value={to} onChange={setTo} />
      <TextField
        id="ask-amount"
        label={t('askRulesAmount')}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
      />
      <div className="row">
        <button type="submit" disabled={busy}>
          {t('askRulesAsk')}
        </button>
      </div>
      <ErrorAlert message={error} />
      {answer && (
        <output className="stack" aria-label={t('askRulesVerdictLabel')}>
          <p>
            {t('askRulesVerdict')} <strong translate="no">{answer.verdict}</strong>
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
