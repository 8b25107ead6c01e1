/**
 * Whether one rule's conditions hold for a request. Each condition answers yes, no, or unknown
 * (an amount in an asset whose decimals the context does not know); the caller decides what an
 * unknown means (evaluate.ts: a stricter-than-allow rule applies, an allow rule does not).
 *
 *   matchRule(rule, factsOf(request, context)); // { outcome: 'yes', notes: ['24 h total 1.2 > 1'] }
 */
import { formatUnits } from '../markup';
import { addressKey } from './address';
import { boundsText, inBounds } from './decimal';
import { type DetectedRisks, detectRisks } from './detect';
import { originMatches } from './origin';
import { NATIVE_DECIMALS, type PolicyContext, type PolicyRequest } from './request';
import { assetKey, rollingTotal } from './rolling';
import { type Conditions, durationMs, type RequestKind, type Rule } from './schema';

/** The kinds a request of one kind also counts as: a `send` is a `transaction`, a `permit` an `approve`. */
export const KIND_FAMILY: Readonly<Partial<Record<RequestKind, readonly RequestKind[]>>> = Object.freeze({
  send: ['send', 'transaction'],
  approve: ['approve', 'transaction'],
  batch: ['batch', 'transaction'],
  permit: ['permit', 'approve', 'typed-data'],
  order: ['order', 'typed-data'],
  'sign-in': ['sign-in', 'message'],
});

export type Outcome = 'yes' | 'no' | 'unknown';

/** A request with what evaluation derives from it once (risks, decimals, memoised window totals). */
export interface Facts {
  request: PolicyRequest;
  ctx: PolicyContext;
  risks: DetectedRisks;
  decimals: number | undefined;
  totals: Map<string, bigint>;
}

export function decimalsOf(request: PolicyRequest, ctx: PolicyContext): number | undefined {
  const asset = request.asset;
  if (asset === undefined) return undefined;
  const table = ctx.decimals ?? {};
  const found = [
    table[assetKey(asset, request.chainId)],
    table[asset],
    NATIVE_DECIMALS[asset.toUpperCase()],
  ].find((d) => d !== undefined);
  return Number.isInteger(found) && found! >= 0 && found! <= 255 ? found : undefined;
}

export function factsOf(request: PolicyRequest, ctx: PolicyContext): Facts {
  return {
    request,
    ctx,
    risks: detectRisks(request, ctx),
    decimals: decimalsOf(request, ctx),
    totals: new Map(),
  };
}

const list = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? x : [x as T]);
const sameAddressIn = (wanted: string | readonly string[], actual: string | undefined) =>
  actual !== undefined && list(wanted).some((a) => addressKey(a) === addressKey(actual));
const yesNo = (b: boolean): Outcome => (b ? 'yes' : 'no');

function minutesOfDay(now: number, offsetMinutes: number): number {
  const day = 86_400_000;
  return Math.floor(((((now + offsetMinutes * 60_000) % day) + day) % day) / 60_000);
}
const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const offset = (text: string) => (text[0] === '-' ? -1 : 1) * clock(text.slice(1));

/** [from, to) in minutes of the day; from > to wraps past midnight ("22:00"–"06:00"). */
export function inTimeOfDay(
  t: NonNullable<Conditions['timeOfDay']>,
  now: number,
  localOffset: number,
): boolean {
  const m = minutesOfDay(now, t.utcOffset !== undefined ? offset(t.utcOffset) : localOffset);
  const from = clock(t.from);
  const to = clock(t.to);
  return from < to ? m >= from && m < to : m >= from || m < to;
}

type Check = (c: Conditions, f: Facts, notes: string[]) => Outcome;

/** Cheapest first; evaluation stops at the first "no". */
const CHECKS: ReadonlyArray<[keyof Conditions, Check]> = [
  [
    'kind',
    (c, f) => yesNo(list(c.kind!).some((k) => (KIND_FAMILY[f.request.kind] ?? [f.request.kind]).includes(k))),
  ],
  [
    'chainId',
    (c, f) => yesNo(f.request.chainId !== undefined && list(c.chainId!).includes(f.request.chainId)),
  ],
  ['origin', (c, f) => yesNo(list(c.origin!).some((p) => originMatches(p, f.request.origin)))],
  ['account', (c, f) => yesNo(sameAddressIn(c.account!, f.request.account))],
  ['spender', (c, f) => yesNo(sameAddressIn(c.spender!, f.request.spender))],
  ['contract', (c, f) => yesNo(sameAddressIn(c.contract!, f.request.contract))],
  [
    'asset',
    (c, f) =>
      yesNo(
        f.request.asset !== undefined &&
          list(c.asset!).some((a) => a.toLowerCase() === f.request.asset!.toLowerCase()),
      ),
  ],
  [
    'recipient',
    (c, f, notes) => {
      const r = c.recipient!;
      const to = f.request.recipient;
      if (typeof r === 'object' && 'tag' in r) {
        const contact = to === undefined ? undefined : f.ctx.addressBook?.lookup(to);
        if (!contact?.tags.includes(r.tag)) return 'no';
        notes.push(`${contact.name} is tagged ${r.tag}`);
        return 'yes';
      }
      return yesNo(sameAddressIn(r, to));
    },
  ],
  [
    'risk',
    (c, f, notes) => {
      const hit = list(c.risk!).filter((code) => f.risks.codes.includes(code));
      for (const code of hit) notes.push(f.risks.notes[code] ?? code);
      return yesNo(hit.length > 0);
    },
  ],
  [
    'timeOfDay',
    (c, f, notes) => {
      const t = c.timeOfDay!;
      if (!inTimeOfDay(t, f.ctx.now, f.ctx.utcOffsetMinutes ?? 0)) return 'no';
      notes.push(`between ${t.from} and ${t.to}${t.utcOffset ? ` UTC${t.utcOffset}` : ''}`);
      return 'yes';
    },
  ],
  [
    'amount',
    (c, f, notes) => {
      const { amount, asset } = f.request;
      if (amount === undefined) return 'no';
      if (f.decimals === undefined) {
        notes.push(`the decimals of ${asset ?? 'the asset'} are unknown, so the amount cannot be checked`);
        return 'unknown';
      }
      if (!inBounds(amount, f.decimals, c.amount!)) return 'no';
      notes.push(`amount ${formatUnits(amount, f.decimals)} ${asset} ${boundsText(c.amount!)}`);
      return 'yes';
    },
  ],
  [
    'window',
    (c, f, notes) => {
      const { account, asset, chainId, amount = 0n } = f.request;
      const w = c.window!;
      if (asset === undefined) return 'no';
      if (account === undefined || f.decimals === undefined) {
        notes.push(
          `the ${w.per} total cannot be checked (${account === undefined ? 'no account' : `decimals of ${asset} unknown`})`,
        );
        return 'unknown';
      }
      const key = assetKey(asset, chainId);
      const memo = `${addressKey(account)}|${key}|${w.per}`;
      let past = f.totals.get(memo);
      if (past === undefined) {
        past = rollingTotal(f.ctx.history ?? [], {
          account,
          asset: key,
          now: f.ctx.now,
          windowMs: durationMs(w.per),
        });
        f.totals.set(memo, past);
      }
      const total = past + amount;
      if (!inBounds(total, f.decimals, w.total)) return 'no';
      notes.push(
        `${w.per} total with this one ${formatUnits(total, f.decimals)} ${asset} ${boundsText(w.total)}`,
      );
      return 'yes';
    },
  ],
];

/** yes if every set condition holds, no if one fails, unknown if none fails but one cannot be decided. */
export function matchRule(rule: Rule, facts: Facts): { outcome: Outcome; notes: string[] } {
  const notes: string[] = [];
  let outcome: Outcome = 'yes';
  for (const [name, check] of CHECKS) {
    if (rule.when[name] === undefined) continue;
    const result = check(rule.when, facts, notes);
    if (result === 'no') return { outcome: 'no', notes: [] };
    if (result === 'unknown') outcome = 'unknown';
  }
  return { outcome, notes };
}
