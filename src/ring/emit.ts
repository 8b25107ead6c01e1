/**
 * emit: the checked exit from the ring. Delivers a Labeled's value to a sink only when the level
 * flows to the sink's clearance; otherwise throws FlowViolation and audits a `flow-refused` entry.
 *
 *   emit(popupSink(send), labeled('private', accounts), audit);   // delivered
 *   emit(pageSink(origin, send), key, audit);                     // FlowViolation + audit entry
 *
 * Prefer ring.emit from createRing(), which supplies the audit log.
 */
import type { AuditWriter } from './audit.js';
import { FlowViolation } from './errors.js';
import { cellOf } from './internal.js';
import type { Labeled } from './labeled.js';
import { flowsTo } from './levels.js';
import { isSink, type Sink } from './sinks.js';

export function emit(sink: Sink, value: Labeled<unknown>, audit: AuditWriter): void {
  if (!isSink(sink)) {
    throw new TypeError(
      'emit: sink: expected a sink made by pageSink, popupSink, storageSink or networkSink',
    );
  }
  if (typeof audit?.append !== 'function') throw new TypeError('emit: audit: expected an audit log');
  const cell = cellOf(value);
  if (!cell) {
    // Audited too: an unlabelled value at a sink means some code path skipped labelling.
    audit.append({ kind: 'flow-refused', sink: sink.name, detail: 'unlabelled value' });
    throw new FlowViolation(sink.name, undefined, `emit: unlabelled value refused by sink "${sink.name}"`);
  }
  if (!flowsTo(cell.level, sink.clearance)) {
    audit.append({
      kind: 'flow-refused',
      level: cell.level,
      sink: sink.name,
      detail: `${cell.level} value above sink clearance ${sink.clearance}`,
    });
    throw new FlowViolation(
      sink.name,
      cell.level,
      `emit: ${cell.level} value refused by sink "${sink.name}" (clearance ${sink.clearance})`,
    );
  }
  sink.deliver(cell.value);
}
