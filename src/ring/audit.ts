/**
 * Append-only, hash-chained audit log (schema version 1). Each entry's `hash` is
 * sha256(canonicalJSON(entry without hash)) and its `prev` is the previous entry's hash (64 zeros
 * for the first), so verify() catches entries edited, removed, reordered or inserted.
 *
 *   const log = createAuditLog();
 *   log.append({ kind: 'sign', from: 'secret', to: 'public', reason: 'eth_sendTransaction' });
 *   createAuditLog(saved).verify();   // { ok: true } or { ok: false, badSeq, why }
 *
 * The log is private-level data: the popup may read it; persisting it is the vault's job (it
 * encrypts entries()). The chain has no key, so it detects accidents and partial edits; whoever can
 * rewrite the whole log can rebuild the chain, and dropping trailing entries is only visible
 * against a head() kept elsewhere. Entries carry descriptions only: callers (emit, declassify)
 * pass levels, sink names and reasons, never values.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJSON } from './canonical.js';
import { assertLevel, type Level } from './levels.js';

export const AUDIT_VERSION = 1;
export const GENESIS = '0'.repeat(64);

/** What a caller supplies; seq, time, prev and hash are filled in by the log. */
export interface AuditInput {
  kind: string;
  level?: Level;
  from?: Level;
  to?: Level;
  sink?: string;
  reason?: string;
  detail?: string;
}

export interface AuditEntry extends Readonly<AuditInput> {
  readonly seq: number;
  readonly time: number;
  readonly prev: string;
  readonly hash: string;
}

export type AuditVerdict = { ok: true } | { ok: false; badSeq: number; why: string };

export interface AuditQuery {
  kind?: string;
  /** Only entries with time ≥ since (ms since epoch). */
  since?: number;
  /** At most this many, the most recent ones, still oldest first. */
  limit?: number;
}

export interface AuditLog {
  readonly version: typeof AUDIT_VERSION;
  append(input: AuditInput): AuditEntry;
  entries(): AuditEntry[];
  query(q?: AuditQuery): AuditEntry[];
  verify(): AuditVerdict;
  /** Hash of the last entry (GENESIS when empty): store it apart from the log to detect truncation. */
  head(): string;
  /**
   * Puts the stored history (decrypted at unlock) in front of the entries written since the worker
   * started, re-chaining those newer entries after it. Refuses a history that does not verify.
   */
  adoptHistory(history: readonly AuditEntry[]): void;
  /** Returns an unsubscribe function. */
  onAppend(listener: (entry: AuditEntry) => void): () => void;
}

/** The part of a log that emit and the declassifiers need. */
export type AuditWriter = Pick<AuditLog, 'append'>;

export function hashEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...body } = entry;
  return bytesToHex(sha256(utf8ToBytes(canonicalJSON(body))));
}

function checkInput(input: AuditInput): AuditInput {
  if (typeof input !== 'object' || input === null) throw new TypeError('append: input: expected an object');
  const { kind, level, from, to, sink, reason, detail } = input;
  if (typeof kind !== 'string' || kind === '')
    throw new TypeError('append: kind: expected a non-empty string');
  if (level !== undefined) assertLevel(level, 'append: level');
  if (from !== undefined) assertLevel(from, 'append: from');
  if (to !== undefined) assertLevel(to, 'append: to');
  if (sink !== undefined && typeof sink !== 'string') throw new TypeError('append: sink: expected a string');
  if (reason !== undefined && typeof reason !== 'string')
    throw new TypeError('append: reason: expected a string');
  if (detail !== undefined && typeof detail !== 'string')
    throw new TypeError('append: detail: expected a string');
  // Drop absent fields so stored entries hold only what was said (in this key order).
  const fields: AuditInput = { kind };
  if (level !== undefined) fields.level = level;
  if (from !== undefined) fields.from = from;
  if (to !== undefined) fields.to = to;
  if (sink !== undefined) fields.sink = sink;
  if (reason !== undefined) fields.reason = reason;
  if (detail !== undefined) fields.detail = detail;
  return fields;
}

/**
 * hashEntry of `{ ...fields, seq, time, prev }` for checked fields, without the generic walk:
 * the same canonicalJSON text, written with the keys already in canonicalJSON's sorted order.
 */
function hashNew(fields: AuditInput, seq: number, time: number, prev: string): string {
  const str = JSON.stringify;
  let text = '{';
  if (fields.detail !== undefined) text += `"detail":${str(fields.detail)},`;
  if (fields.from !== undefined) text += `"from":${str(fields.from)},`;
  text += `"kind":${str(fields.kind)},`;
  if (fields.level !== undefined) text += `"level":${str(fields.level)},`;
  text += `"prev":${canonicalJSON(prev)},`;
  if (fields.reason !== undefined) text += `"reason":${str(fields.reason)},`;
  text += `"seq":${canonicalJSON(seq)},`;
  if (fields.sink !== undefined) text += `"sink":${str(fields.sink)},`;
  text += `"time":${canonicalJSON(time)}`;
  if (fields.to !== undefined) text += `,"to":${str(fields.to)}`;
  return bytesToHex(sha256(utf8ToBytes(`${text}}`)));
}

export function verifyEntries(entries: readonly AuditEntry[]): AuditVerdict {
  let prev = GENESIS;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i) return { ok: false, badSeq: i, why: `seq: expected ${i}, got ${String(e.seq)}` };
    if (e.prev !== prev) return { ok: false, badSeq: i, why: 'prev: does not match the previous entry hash' };
    if (hashEntry(e) !== e.hash) return { ok: false, badSeq: i, why: 'hash: entry content was changed' };
    prev = e.hash;
  }
  return { ok: true };
}

export function createAuditLog(
  initial: readonly AuditEntry[] = [],
  options: { now?: () => number } = {},
): AuditLog {
  if (!Array.isArray(initial)) throw new TypeError('createAuditLog: initial: expected an array of entries');
  const now = options.now ?? Date.now;
  // Loaded entries are kept exactly as given (even if broken) so verify() can report the damage.
  const log: AuditEntry[] = initial.map((e) => Object.freeze({ ...e }));
  const listeners = new Set<(entry: AuditEntry) => void>();
  const head = () => log.at(-1)?.hash ?? GENESIS;

  return Object.freeze({
    version: AUDIT_VERSION,
    append(input: AuditInput): AuditEntry {
      const fields = checkInput(input);
      const seq = log.length;
      const time = now();
      const prev = head();
      const entry = Object.freeze({
        ...fields,
        seq,
        time,
        prev,
        // A clock that gives no number takes the generic path (which drops or refuses it alike).
        hash:
          typeof time === 'number'
            ? hashNew(fields, seq, time, prev)
            : hashEntry({ ...fields, seq, time, prev }),
      }) as AuditEntry;
      log.push(entry);
      for (const listener of listeners) {
        // A broken viewer must neither stop the log nor mask the caller's own error (e.g. a FlowViolation).
        try {
          listener(entry);
        } catch {}
      }
      return entry;
    },
    entries: () => [...log],
    query({ kind, since, limit }: AuditQuery = {}): AuditEntry[] {
      const hits = log.filter(
        (e) => (kind === undefined || e.kind === kind) && (since === undefined || e.time >= since),
      );
      return limit === undefined ? hits : hits.slice(Math.max(0, hits.length - limit));
    },
    verify: () => verifyEntries(log),
    head,
    adoptHistory(history: readonly AuditEntry[]) {
      const verdict = verifyEntries(history);
      if (!verdict.ok)
        throw new Error(`adoptHistory: history: broken chain at seq ${verdict.badSeq} (${verdict.why})`);
      const recent = log.splice(0, log.length, ...history.map((e) => Object.freeze({ ...e })));
      for (const { seq: _s, time, prev: _p, hash: _h, ...input } of recent) {
        const body = { ...input, seq: log.length, time, prev: head() };
        log.push(Object.freeze({ ...body, hash: hashEntry(body) }) as AuditEntry);
      }
    },
    onAppend(listener: (entry: AuditEntry) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  });
}
