/** The ring's audit trail: every declassification and refused flow, hash-chained. */
import { useCallback, useEffect, useState } from 'react';
import { getAuditLog } from '../../../src/rpc/procedures/audit';
import type { OutputOf } from '../../../src/rpc/procedures/procedure';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { t, uiLocale } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';

type AuditView = OutputOf<typeof getAuditLog>;

const time = new Intl.DateTimeFormat(uiLocale(), { timeStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
const number = new Intl.NumberFormat(uiLocale());

export function AuditLog({ onBack }: { onBack(): void }) {
  const [log, setLog] = useState<AuditView | null>(null);
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const next = await run(() => call(getAuditLog, { limit: 200 }));
    if (next) setLog(next);
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack" aria-labelledby="audit-title">
      <ScreenHeader id="audit-title" title={t('auditTitle')} onBack={onBack} />
      {log && (
        <p role="status" className={log.intact ? 'notice' : 'error'}>
          {log.intact ? t('auditIntact') : t('auditBroken')} ·{' '}
          {log.entries.length === 1
            ? t('auditOneEntry')
            : t('auditEntries', number.format(log.entries.length))}
        </p>
      )}
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          {t('auditRefresh')}
        </button>
        <Working busy={busy} />
      </div>
      {log && log.entries.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
        <section className="table-scroll" aria-label={t('auditEntriesLabel')} tabIndex={0}>
          <p className="hint">{t('auditHint')}</p>
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">{t('auditTime')}</th>
                <th scope="col">{t('auditKind')}</th>
                <th scope="col">{t('auditReason')}</th>
                <th scope="col">{t('auditSink')}</th>
                <th scope="col">{t('auditHash')}</th>
              </tr>
            </thead>
            {/* Each entry is the ring's record (kinds and reasons as the ring wrote them). */}
            <tbody data-ring-text>
              {log.entries.toReversed().map((entry) => (
                <tr key={entry.seq}>
                  <td className="nowrap" title={dateTime.format(entry.time)}>
                    {time.format(entry.time)}
                  </td>
                  <td>{entry.kind}</td>
                  <td>{[entry.reason, entry.detail].filter(Boolean).join(' — ') || '—'}</td>
                  <td>{entry.sink ?? '—'}</td>
                  <td className="mono" title={entry.hash}>
                    {entry.hash.slice(0, 8)}…
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {log && log.entries.length === 0 && <p>{t('auditNone')}</p>}
    </section>
  );
}
