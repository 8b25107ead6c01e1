/**
 * createRing: binds emit and the declassifiers to one audit log, so callers never pass the log
 * around and no exit or declassification can skip auditing. The background creates one ring and
 * hands it to the vault, keys and RPC modules.
 *
 *   const ring = createRing({ audit: createAuditLog(savedEntries) });
 *   ring.emit(pageSink(origin, send), ring.declassify.sign(key, digest, 'personal_sign'));
 */
import { type AuditLog, createAuditLog } from './audit.js';
import { createDeclassify, type Declassify } from './declassify.js';
import { emit } from './emit.js';
import type { Labeled } from './labeled.js';
import { reportRefusalsTo } from './refusals.js';
import type { Sink } from './sinks.js';

export interface Ring {
  readonly audit: AuditLog;
  /** Deliver to a sink if the level flows to its clearance; else FlowViolation + audit entry. */
  emit(sink: Sink, value: Labeled<unknown>): void;
  readonly declassify: Declassify;
}

export function createRing(options: { audit?: AuditLog } = {}): Ring {
  const audit = options.audit ?? createAuditLog();
  // Refused reads by labeled.ts's free functions land in this ring's log too.
  reportRefusalsTo(audit);
  return Object.freeze({
    audit,
    emit: (sink: Sink, value: Labeled<unknown>) => emit(sink, value, audit),
    declassify: createDeclassify(audit),
  });
}
