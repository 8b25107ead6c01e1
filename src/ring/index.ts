/**
 * The security ring's public surface (DESIGN.md "Levels and sinks"). Browser-free.
 *
 *   const ring = createRing({ audit: createAuditLog(saved) });      // one per background worker
 *   const key = labeled('secret', privateKey);                       // anyone may label (write up)
 *   const sig = ring.declassify.sign(key, digest, 'personal_sign');  // the only way down, audited
 *   ring.emit(pageSink(origin, send), sig);                          // FlowViolation if too high
 *
 * Secret values are read only by the functions cleared in ./clearances.ts (`cleared.*`): a plain
 * callback on a secret input is a FlowViolation (audited); private and public inputs keep plain
 * callbacks. `encrypt` seals under a ring-held data key (`dataKeys`), and `revealToUser` spends a
 * single-use proof that only `provePassword` issues. The worker sink is cleared for private only.
 *
 * Audit injection: emit and the declassifiers are reached through a Ring from createRing(), which
 * binds them to one AuditLog (a fresh one if none is given). The value reader `unwrap` lives in
 * ./internal.ts and is deliberately NOT exported here; boundary.test.ts keeps it inside src/ring.
 */
export {
  AUDIT_VERSION,
  type AuditEntry,
  type AuditInput,
  type AuditLog,
  type AuditQuery,
  type AuditVerdict,
  type AuditWriter,
  createAuditLog,
  GENESIS,
} from './audit.js';
export { cleared, dataKeys, type PasswordProof, provePassword, requestKeys } from './clearances.js';
export type { Bip32Node, Declassify, ExtendedPublicKey, RecoverableSignature } from './declassify.js';
export { FlowViolation } from './errors.js';
export { openSealed } from './guardianSeal.js';
export {
  isLabeled,
  joinLabeled,
  type Labeled,
  labeled,
  levelOf,
  mapLabeled,
  mapLabeledAsync,
} from './labeled.js';
export { flowsTo, isLevel, joinLevels, LEVELS, type Level, rank } from './levels.js';
export { createRing, type Ring } from './ring.js';
export {
  isSink,
  networkSink,
  pageSink,
  popupSink,
  type Sink,
  type SinkKind,
  storageSink,
  workerSink,
} from './sinks.js';
