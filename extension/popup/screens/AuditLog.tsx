/** The ring's audit trail: every declassification and refused flow, hash-chained. */
import { useCallback, useEffect, useState } from 'react';
import { getAuditLog } from '../../../src/rpc/procedures/audit';
import type { OutputOf } from '../../../src/rpc/procedures/procedure';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { call } from '../ringClient';
import { useAction } from '../useAction';

type AuditView = OutputOf<typeof getAuditLog>;

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

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
      <div className="row spread">
        <h2 id="audit-title">Audit log</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      {log && (
        <p role="status" className={log.intact ? 'notice' : 'error'}>
          {log.intact ? 'Chain intact' : 'Chain BROKEN: entries were altered or removed'} ·{' '}
          {log.entries.length} {log.entries.length === 1 ? 'entry' : 'entries'}
        </p>
      )}
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          Refresh
        </button>
        <Working busy={busy} />
      </div>
      {log && log.entries.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
        <section className="table-scroll" aria-label="Audit entries" tabIndex={0}>
          <p className="hint">Newest first. Hover a time for the date, a hash for all of it.</p>
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Kind</th>
                <th scope="col">Reason / detail</th>
                <th scope="col">Sink</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
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
      {log && log.entries.length === 0 && <p>No entries yet.</p>}
    </section>
  );
}
