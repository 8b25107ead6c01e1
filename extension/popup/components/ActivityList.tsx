/**
 * Transactions as rows (the Activity screen and Home's Activity tab): summary, status, the full
 * hash as text (CONTRACT.md "activity"), and where and when. `compact` leaves out the origin.
 */
import type { ActivityItem } from '../../../src/rpc/procedures/sites';
import { t, uiLocale } from '../i18n';

const dateTime = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

const statusText = (status: ActivityItem['status']) =>
  status === 'pending'
    ? t('activityStatusPending')
    : status === 'mined'
      ? t('activityStatusMined')
      : t('activityStatusFailed');

/** Records from before activity per currency have no symbol: they were EVM sends of some coin. */
export const currencyOf = (item: ActivityItem) => item.currency ?? t('activityOtherCurrency');

export function ActivityList({ items, compact = false }: { items: ActivityItem[]; compact?: boolean }) {
  return (
    <ol className={compact ? 'list compact' : 'list'}>
      {items.map((item) => (
        <ActivityRow key={`${item.network ?? item.chainId}:${item.hash}`} item={item} compact={compact} />
      ))}
    </ol>
  );
}

function ActivityRow({ item, compact }: { item: ActivityItem; compact: boolean }) {
  return (
    <li className="list-item">
      <div className="row spread">
        <strong>{item.summary}</strong>
        <span className={`badge ${item.status}`}>{statusText(item.status)}</span>
      </div>
      <span className="hash" translate="no">
        {item.hash}
      </span>
      <p className="meta">
        {!compact && (
          <>
            <span translate="no">{item.origin}</span>
            {' · '}
          </>
        )}
        {item.network ?? t('activityChain', String(item.chainId))} · <Time ms={item.submittedAt} />
      </p>
    </li>
  );
}

/** Intl and toISOString throw on out-of-range times; a bad record must not blank the list. */
function Time({ ms }: { ms: number }) {
  const valid = Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
  if (!valid) return <span>{t('activityUnknownTime')}</span>;
  return <time dateTime={new Date(ms).toISOString()}>{dateTime.format(ms)}</time>;
}
