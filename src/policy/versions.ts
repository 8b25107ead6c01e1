/**
 * Versioned rule sets: every change is a version `{ n, at, why, prev, hash, ruleSet }`, hash-chained
 * like the audit log (src/ring/audit.ts): `hash` = sha256(canonical JSON of the version without
 * its hash) and `prev` = the previous version's hash (64 zeros for version 1). A rollback does not
 * rewrite history: it appends a new version equal to the old one.
 *
 *   let h = appendVersion([], defaultRuleSet(), { at: now, why: 'defaults' });
 *   h = appendVersion(h, edited, { at: later, why: 'ETH limit 0.5' });
 *   diff(h[0].ruleSet, h[1].ruleSet); // { added: [], removed: [], changed: ['daily-limit-ETH'] }
 *   h = rollback(h, 1, { at: now2 });   // version 3 = version 1's rules
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { canonicalJSON } from '../ring/canonical.js';
import { issueError, RuleSetError } from './errors';
import { parseRuleSet, type RuleSet } from './schema';

export const GENESIS_HASH = '0'.repeat(64);

export interface RuleVersion {
  /** 1, 2, 3 …: the version's position in the history. */
  readonly n: number;
  /** When it became active, ms since the epoch. */
  readonly at: number;
  /** Why the user changed the rules ("imported family rules signed by 0x…", "rollback to 2"). */
  readonly why: string;
  readonly prev: string;
  readonly hash: string;
  readonly ruleSet: RuleSet;
}

export type VersionHistory = readonly RuleVersion[];

function hashOf(version: Omit<RuleVersion, 'hash'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJSON(version))));
}

/** A new history with `ruleSet` as the next version (the input history is not changed). */
export function appendVersion(
  history: VersionHistory,
  ruleSet: RuleSet,
  { at, why }: { at: number; why: string },
): RuleVersion[] {
  if (!Number.isSafeInteger(at)) throw new TypeError('at: expected ms since the epoch');
  if (typeof why !== 'string' || why.length > 500)
    throw new TypeError('why: expected text of at most 500 characters');
  const last = history.at(-1);
  const body = {
    n: (last?.n ?? 0) + 1,
    at,
    why,
    prev: last?.hash ?? GENESIS_HASH,
    ruleSet: parseRuleSet(ruleSet),
  };
  return [...history, Object.freeze({ ...body, hash: hashOf(body) })];
}

export type HistoryCheck = { ok: true } | { ok: false; n: number; why: string };

/** Checks numbering, links and hashes: catches a version edited, removed, reordered or inserted. */
export function verifyHistory(history: VersionHistory): HistoryCheck {
  let prev = GENESIS_HASH;
  for (const [i, version] of history.entries()) {
    const { hash, ...body } = version;
    if (version.n !== i + 1) return { ok: false, n: version.n, why: `expected version ${i + 1}` };
    if (version.prev !== prev)
      return { ok: false, n: version.n, why: 'prev does not match the previous hash' };
    if (hashOf(body) !== hash) return { ok: false, n: version.n, why: 'hash does not match its contents' };
    prev = hash;
  }
  return { ok: true };
}

/** The version numbered `n`; throws a RangeError naming n when there is none. */
export function versionOf(history: VersionHistory, n: number): RuleVersion {
  const version = history[n - 1];
  if (!version || version.n !== n)
    throw new RangeError(`n: no version ${n} (the history has 1…${history.length})`);
  return version;
}

/** A new history whose latest version has version `n`'s rules again. */
export function rollback(
  history: VersionHistory,
  n: number,
  { at, why }: { at: number; why?: string },
): RuleVersion[] {
  const target = versionOf(history, n);
  return appendVersion(history, target.ruleSet, { at, why: why ?? `rollback to version ${n}` });
}

export interface RuleSetDiff {
  added: string[];
  removed: string[];
  /** Rules present in both whose content (conditions, verdict, description, final) differs. */
  changed: string[];
  /** Whether the rule set's name differs. */
  renamed: boolean;
}

/** Rules added, removed and changed between `a` and `b`, by id, each list sorted. */
export function diff(a: RuleSet, b: RuleSet): RuleSetDiff {
  const before = new Map(a.rules.map((r) => [r.id, canonicalJSON(r)]));
  const after = new Map(b.rules.map((r) => [r.id, canonicalJSON(r)]));
  const sorted = (xs: string[]) => xs.sort();
  return {
    added: sorted([...after.keys()].filter((id) => !before.has(id))),
    removed: sorted([...before.keys()].filter((id) => !after.has(id))),
    changed: sorted([...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id))),
    renamed: a.name !== b.name,
  };
}

const Stored = v.array(
  v.object({
    n: v.number(),
    at: v.number(),
    why: v.string(),
    prev: v.string(),
    hash: v.string(),
    ruleSet: v.unknown(),
  }),
  'expected a list of versions',
);

/**
 * Reads a stored history (from the vault's private state) and checks its chain; throws a
 * RuleSetError naming the bad version.
 */
export function loadHistory(input: unknown): RuleVersion[] {
  const result = v.safeParse(Stored, input);
  if (!result.success) throw issueError(result.issues, 'versions');
  const history = result.output.map((x, i) =>
    Object.freeze({ ...x, ruleSet: parseRuleSet(x.ruleSet, `versions[${i}].ruleSet`) }),
  );
  const check = verifyHistory(history);
  if (!check.ok) throw new RuleSetError(`versions[${check.n - 1}]`, check.why);
  return history;
}
