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
  for (const [name, v] of Object.entries({ level, from, to }))
    if (v !== undefined) assertLevel(v, `append: ${name}`);
  for (const [name, v] of Object.entries({ sink, reason, detail })) {
    if (v !== undefined && typeof v !== 'string') throw new TypeError(`append: ${name}: expected a string`);
  }
  // Drop absent fields so stored entries hold only what was said.
  const fields = { kind, level, from, to, sink, reason, detail };
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as unknown as AuditInput;
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
      const body = { ...checkInput(input), seq: log.length, time: now(), prev: head() };
      const entry = Object.freeze({ ...body, hash: hashEntry(body) }) as AuditEntry;
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
