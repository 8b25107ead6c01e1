/**
 * The account list on disk, in segments: state records `accounts.0`, `accounts.1`, … of
 * ACCOUNT_SEGMENT accounts each, beside a small `wallet` record (settings, sites, selection) that
 * says how many segments there are. Adding an account re-seals the last segment and the small
 * record, never the whole list, so the 1,000th add costs what the 2nd did.
 *
 *   const { head, segments } = splitForStorage(state);
 *   changedSegments(segments, saved);   // [7]: only the last one differs from what is on disk
 *
 * A segment is "changed" when any account object in it is not the one last saved: the list's
 * functions (accountList.ts) copy only the accounts they change, so identity is a cheap, exact test.
 */
import type { Account } from './accountList';
import type { PrivateState } from './privateState';

export const ACCOUNT_SEGMENT = 128;

/** The segment number of a state record name, or -1 for anything else. */
export function accountSegment(name: string): number {
  const m = /^accounts\.(\d{1,9})$/.exec(name);
  return m ? Number(m[1]) : -1;
}

export const accountSegmentName = (k: number) => `accounts.${k}`;

/** What the `wallet` record holds: the state without the accounts, and how many segments hold them. */
export type StoredHead = PrivateState & { accountSegments: number };

export function segmentAccounts(accounts: readonly Account[]): Account[][] {
  const out: Account[][] = [];
  for (let i = 0; i < accounts.length; i += ACCOUNT_SEGMENT) out.push(accounts.slice(i, i + ACCOUNT_SEGMENT));
  return out;
}

export function splitForStorage(state: PrivateState): { head: StoredHead; segments: Account[][] } {
  const segments = segmentAccounts(state.accounts.accounts);
  const head = { ...state, accounts: { ...state.accounts, accounts: [] }, accountSegments: segments.length };
  return { head, segments };
}

/** Indices of the segments that differ from `saved` (what is on disk), in order. */
export function changedSegments(segments: readonly Account[][], saved: readonly Account[][]): number[] {
  const out: number[] = [];
  for (let k = 0; k < segments.length; k++) {
    const now = segments[k]!;
    const before = saved[k];
    if (!before || before.length !== now.length || now.some((a, i) => a !== before[i])) out.push(k);
  }
  return out;
}

/** The segment count a stored `wallet` record names (0: an older record with the accounts inline). */
export function storedSegmentCount(head: unknown): number {
  const n = (head as { accountSegments?: unknown } | null)?.accountSegments;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 100_000 ? n : 0;
}

/** Parses one `accounts.K` record's plaintext; throws (so the caller rebuilds) on anything else. */
export function decodeSegment(bytes: Uint8Array, k: number): Account[] {
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  const ok =
    Array.isArray(parsed) &&
    parsed.every(
      (a) => typeof a?.id === 'string' && typeof a?.address === 'string' && typeof a?.name === 'string',
    );
  if (!ok) throw new TypeError(`accounts.${k}: expected a list of accounts`);
  return parsed as Account[];
}
