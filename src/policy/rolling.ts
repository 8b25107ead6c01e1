/**
 * Rolling-window spend totals: what one account has sent of one asset in the last `windowMs`.
 * The window is half-open, (now − windowMs, now]: an entry exactly 24 h old no longer counts, one
 * a millisecond younger still does. Entries stamped after `now` (a clock stepped back) count too,
 * so turning the clock back never frees a limit.
 *
 *   const spent = rollingTotal(history, { account, asset: 'eip155:1/ETH', now, windowMs: 86_400_000 });
 *   const next = recordSpend(history, { at: now, account, asset, amount: 6n * 10n ** 17n });
 *   saveToPrivateState(serialiseHistory(prune(next, now, longestWindowMs(ruleSet))));
 */
import * as v from 'valibot';
import { addressKey } from './address';
import { issueError } from './errors';

export interface SpendEntry {
  /** When it was sent, ms since the epoch. */
  readonly at: number;
  /** The asset key ({@link assetKey}): the chain and the coin symbol or token address. */
  readonly asset: string;
  readonly account: string;
  /** Base units (wei, satoshi, token units). */
  readonly amount: bigint;
}

/**
 * The key totals are kept under: "eip155:<chainId>/<asset>" on an EVM chain, the bare asset
 * elsewhere; token addresses lowercased. Sepolia ETH and mainnet ETH are different assets.
 */
export function assetKey(asset: string, chainId?: number): string {
  const id = /^0x[0-9a-fA-F]{40}$/.test(asset) ? asset.toLowerCase() : asset.toUpperCase();
  return chainId === undefined ? id : `eip155:${chainId}/${id}`;
}

/** Whether `entry` lies in the window (now − windowMs, now] or after now. */
export function inWindow(at: number, now: number, windowMs: number): boolean {
  return at > now - windowMs;
}

export interface WindowQuery {
  account: string;
  asset: string;
  now: number;
  windowMs: number;
}

/** The sum of `account`'s `asset` entries inside the window. */
export function rollingTotal(history: readonly SpendEntry[], q: WindowQuery): bigint {
  const account = addressKey(q.account);
  let total = 0n;
  for (const e of history) {
    if (e.asset === q.asset && inWindow(e.at, q.now, q.windowMs) && addressKey(e.account) === account)
      total += e.amount;
  }
  return total;
}

// Per history (an immutable list: recordSpend and prune return new ones), the entries grouped
// by "accountKey|asset", built once, so a request with many window rules scans only its own.
const grouped = new WeakMap<readonly SpendEntry[], Map<string, SpendEntry[]>>();

/** {@link rollingTotal} through an index of `history` by account and asset (built on first use). */
export function indexedRollingTotal(history: readonly SpendEntry[], q: WindowQuery): bigint {
  let groups = grouped.get(history);
  if (!groups) {
    groups = new Map();
    for (const e of history) {
      const key = `${addressKey(e.account)}|${e.asset}`;
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
    grouped.set(history, groups);
  }
  let total = 0n;
  for (const e of groups.get(`${addressKey(q.account)}|${q.asset}`) ?? [])
    if (inWindow(e.at, q.now, q.windowMs)) total += e.amount;
  return total;
}

/** A new history with `entry` appended (the input is not changed). */
export function recordSpend(history: readonly SpendEntry[], entry: SpendEntry): SpendEntry[] {
  if (!Number.isSafeInteger(entry.at)) throw new TypeError('entry.at: expected ms since the epoch');
  if (typeof entry.amount !== 'bigint' || entry.amount < 0n)
    throw new TypeError('entry.amount: expected a non-negative bigint');
  return [...history, Object.freeze({ ...entry })];
}

/** The entries that can still count in a window of `keepMs` (the rule set's longest window). */
export function prune(history: readonly SpendEntry[], now: number, keepMs: number): SpendEntry[] {
  return history.filter((e) => inWindow(e.at, now, keepMs));
}

/** As stored in the vault's private state: amounts as decimal strings (JSON has no bigint). */
export interface SerialisedSpend {
  at: number;
  asset: string;
  account: string;
  amount: string;
}

export function serialiseHistory(history: readonly SpendEntry[]): SerialisedSpend[] {
  return history.map((e) => ({ at: e.at, asset: e.asset, account: e.account, amount: e.amount.toString() }));
}

const Stored = v.array(
  v.strictObject({
    at: v.pipe(v.number('expected ms since the epoch'), v.safeInteger('expected an integer')),
    asset: v.pipe(v.string('expected an asset key'), v.maxLength(120)),
    account: v.pipe(v.string('expected an address'), v.maxLength(120)),
    amount: v.pipe(
      v.string('expected a decimal string'),
      v.regex(/^(0|[1-9]\d{0,78})$/, 'expected base units as a decimal integer string'),
    ),
  }),
  'expected a list of spend entries',
);

/** Reads a stored history back; throws a RuleSetError naming the bad entry ("history[3].amount: …"). */
export function deserialiseHistory(input: unknown): SpendEntry[] {
  const result = v.safeParse(Stored, input);
  if (!result.success) throw issueError(result.issues, 'history');
  return result.output.map((e) => Object.freeze({ ...e, amount: BigInt(e.amount) }));
}
