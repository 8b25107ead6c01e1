/**
 * The wallet's transactions, newest first, as the ring recorded them, for every currency or one
 * (select **Currency**). While one is pending the list is re-read every 3 s (the ring re-checks
 * receipts and Bitcoin/Litecoin backends on each read); then polling stops.
 */
import { useCallback, useContext, useEffect, useState } from 'react';
import { type ActivityItem, type ActivityView, getActivity } from '../../../src/rpc/procedures/sites';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { call, errorMessage } from '../ringClient';
import { RingUiContext, useAction } from '../useAction';
import { usePoll } from '../usePoll';

const POLL_MS = 3000;
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const STATUS_TEXT: Record<ActivityItem['status'], string> = {
  pending: 'Pending',
  mined: 'Mined',
  failed: 'Failed',
};

export function Activity({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<ActivityView | null>(null);
  const [currency, setCurrency] = useState('');
  const { busy, error, setError, run } = useAction();
  const { reportError } = useContext(RingUiContext);

  const load = useCallback(async () => {
    const next = await run(() => call(getActivity, {}));
    if (next) setView(next);
  }, [run]);

  // Background re-reads skip `run`: the busy state would flicker the Refresh button every 3 s.
  const poll = useCallback(async () => {
    try {
      setView(await call(getActivity, {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
      reportError(e);
    }
  }, [setError, reportError]);

  useEffect(() => {
    void load();
  }, [load]);
  usePoll(poll, POLL_MS, view?.items.some((item) => item.status === 'pending') ?? false);

  return (
    <section className="stack" aria-labelledby="activity-title">
      <div className="row spread">
        <h2 id="activity-title">Activity</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary small" onClick={load} disabled={busy}>
          Refresh
        </button>
        <Working busy={busy} label="Loading…" />
      </div>
      {view && view.items.length === 0 && (
        <p className="empty">No transactions yet. What you send from this wallet appears here.</p>
      )}
      {view && view.items.length > 0 && (
        <>
          <CurrencyFilter items={view.items} value={currency} onChange={setCurrency} />
          <ol className="list">
            {view.items
              .filter((item) => currency === '' || currencyOf(item) === currency)
              .map((item) => (
                <ActivityRow key={`${item.network ?? item.chainId}:${item.hash}`} item={item} />
              ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Records from before activity per currency have no symbol: they were EVM sends of some coin. */
const currencyOf = (item: ActivityItem) => item.currency ?? 'Other';

function CurrencyFilter(props: { items: ActivityItem[]; value: string; onChange(value: string): void }) {
  const currencies = [...new Set(props.items.map(currencyOf))].sort();
  return (
    <div className="field">
      <label htmlFor="activity-currency">Currency</label>
      <select id="activity-currency" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All currencies</option>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}

function ActivityRow({ item }: { item: ActivityItem }) {
  return (
    <li className="list-item">
      <div className="row spread">
        <strong>{item.summary}</strong>
        <span className={`badge ${item.status}`}>{STATUS_TEXT[item.status]}</span>
      </div>
      <span className="hash" translate="no">
        {item.hash}
      </span>
      <p className="meta">
        <span translate="no">{item.origin}</span> · {item.network ?? `chain ${item.chainId}`} ·{' '}
        <Time ms={item.submittedAt} />
      </p>
    </li>
  );
}

/** Intl and toISOString throw on out-of-range times; a bad record must not blank the list. */
function Time({ ms }: { ms: number }) {
  const valid = Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
  if (!valid) return <span>unknown time</span>;
  return <time dateTime={new Date(ms).toISOString()}>{dateTime.format(ms)}</time>;
}
