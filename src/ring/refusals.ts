/**
 * Where the free functions of labeled.ts report a refused read: they have no audit log of their
 * own, so every ring created in this worker (createRing) subscribes its log here.
 *
 *   const stop = reportRefusalsTo(audit);   // createRing does this
 *   auditRefusal({ kind: 'flow-refused', level: 'secret', sink: 'function:leak', detail: '…' });
 */
import type { AuditInput, AuditWriter } from './audit.js';

const writers = new Set<AuditWriter>();

export function reportRefusalsTo(audit: AuditWriter): () => void {
  writers.add(audit);
  return () => void writers.delete(audit);
}

export function auditRefusal(entry: AuditInput): void {
  for (const w of writers) {
    // A broken log must not turn the refusal into something else.
    try {
      w.append(entry);
    } catch {}
  }
}
