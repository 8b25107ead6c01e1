/**
 * Whether one rule's conditions hold for a request. Each condition answers yes, no, or unknown
 * (an amount in an asset whose decimals the context does not know); the caller decides what an
 * unknown means (evaluate.ts: a stricter-than-allow rule applies, an allow rule does not).
 *
 *   matchRule(rule, factsOf(request, context)); // { outcome: 'yes', notes: ['24 h total 1.2 > 1'] }
 */
import { formatUnits } from '../markup';
import { addressKey } from './address';
import { boundsCheck, boundsText } from './decimal';
import type { Facts } from './facts';
import { hostMatchesPattern } from './origin';
import { indexedRollingTotal } from './rolling';
import { type Conditions, durationMs, type Rule, type RuleSet, specificity } from './schema';

export type Outcome = 'yes' | 'no' | 'unknown';

const list = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? x : [x as T]);
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

/** One compiled condition: a test, and the note a matching rule's reason carries. */
interface Condition {
  test(f: Facts): Outcome;
  note?(f: Facts): string | undefined;
}
type Compile = (c: Conditions) => Condition;

function addressIn(field: keyof Facts['keys'], wanted: string | readonly string[]): Condition {
  const keys = new Set(list(wanted).map(addressKey));
  return { test: (f) => yesNo(f.keys[field] !== undefined && keys.has(f.keys[field]!)) };
}

/** The request's account's total of its asset in the window `per`, this request included. */
function windowTotal(f: Facts, per: string): bigint | undefined {
  const { account } = f.request;
  if (account === undefined || f.assetKey === undefined) return undefined;
  let total = f.totals.get(per);
  if (total === undefined) {
    const q = { account, asset: f.assetKey, now: f.ctx.now, windowMs: durationMs(per) };
    total = indexedRollingTotal(f.ctx.history ?? [], q) + (f.request.amount ?? 0n);
    f.totals.set(per, total);
  }
  return total;
}

function unitsText(f: Facts, amount: bigint, decimals: number): string {
  let text = f.texts.get(amount);
  if (text === undefined) {
    text = formatUnits(amount, decimals);
    f.texts.set(amount, text);
  }
  return text;
}

/** Cheapest first; a rule's evaluation stops at its first "no". */
const COMPILERS: ReadonlyArray<[keyof Conditions, Compile]> = [
  [
    'kind',
    (c) => {
      const kinds = list(c.kind!);
      return { test: (f) => yesNo(f.kinds.some((k) => kinds.includes(k))) };
    },
  ],
  [
    'chainId',
    (c) => {
      const ids = list(c.chainId!);
      return { test: (f) => yesNo(f.request.chainId !== undefined && ids.includes(f.request.chainId)) };
    },
  ],
  [
    'origin',
    (c) => {
      const exact = new Set(list(c.origin!).filter((p) => !p.startsWith('*.')));
      const patterns = list(c.origin!).filter((p) => p.startsWith('*.'));
      return {
        test: (f) =>
          yesNo(exact.has(f.request.origin) || patterns.some((p) => hostMatchesPattern(p, f.patternHost))),
      };
    },
  ],
  ['account', (c) => addressIn('account', c.account!)],
  ['spender', (c) => addressIn('spender', c.spender!)],
  ['contract', (c) => addressIn('contract', c.contract!)],
  [
    'asset',
    (c) => {
      const assets = new Set(list(c.asset!).map((a) => a.toLowerCase()));
      return { test: (f) => yesNo(f.asset !== undefined && assets.has(f.asset)) };
    },
  ],
  [
    'recipient',
    (c) => {
      const r = c.recipient!;
      if (typeof r === 'object' && 'tag' in r)
        return {
          test: (f) => yesNo(f.contact?.tags.includes(r.tag) === true),
          note: (f) => `${f.contact!.name} is tagged ${r.tag}`,
        };
      return addressIn('recipient', r);
    },
  ],
  [
    'risk',
    (c) => {
      const codes = list(c.risk!);
      const hits = (f: Facts) => codes.filter((code) => f.risks.codes.includes(code));
      return {
        test: (f) => yesNo(codes.some((code) => f.risks.codes.includes(code))),
        note: (f) =>
          hits(f)
            .map((code) => f.risks.notes[code] ?? code)
            .join('; '),
      };
    },
  ],
  [
    'timeOfDay',
    (c) => {
      const t = c.timeOfDay!;
      return {
        test: (f) => yesNo(inTimeOfDay(t, f.ctx.now, f.ctx.utcOffsetMinutes ?? 0)),
        note: () => `between ${t.from} and ${t.to}${t.utcOffset ? ` UTC${t.utcOffset}` : ''}`,
      };
    },
  ],
  [
    'amount',
    (c) => {
      const bounds = c.amount!;
      const holds = boundsCheck(bounds);
      return {
        test: (f) => {
          if (f.request.amount === undefined) return 'no';
          if (f.decimals === undefined) return 'unknown';
          return yesNo(holds(f.request.amount, f.decimals));
        },
        note: (f) => {
          const {
            request: { amount, asset },
            decimals,
          } = f;
          return decimals === undefined
            ? `the decimals of ${asset ?? 'the asset'} are unknown, so the amount cannot be checked`
            : `amount ${unitsText(f, amount!, decimals)} ${asset} ${boundsText(bounds)}`;
        },
      };
    },
  ],
  [
    'window',
    (c) => {
      const w = c.window!;
      const holds = boundsCheck(w.total);
      return {
        test: (f) => {
          if (f.request.asset === undefined) return 'no';
          if (f.request.account === undefined || f.decimals === undefined) return 'unknown';
          return yesNo(holds(windowTotal(f, w.per)!, f.decimals));
        },
        note: (f) => {
          const { account, asset } = f.request;
          if (account === undefined || f.decimals === undefined)
            return `the ${w.per} total cannot be checked (${account === undefined ? 'no account' : `decimals of ${asset} unknown`})`;
          const total = unitsText(f, windowTotal(f, w.per)!, f.decimals);
          return `${w.per} total with this one ${total} ${asset} ${boundsText(w.total)}`;
        },
      };
    },
  ],
];

/** A rule compiled once: its conditions as tests, with their thresholds and keys parsed. */
export interface CompiledRule {
  rule: Rule;
  specificity: number;
  conditions: readonly Condition[];
}

export function compileRule(rule: Rule): CompiledRule {
  const conditions = COMPILERS.filter(([name]) => rule.when[name] !== undefined).map(([, compile]) =>
    compile(rule.when),
  );
  return { rule, specificity: specificity(rule), conditions };
}

// Rule sets are deep-frozen (schema.ts), so a set compiled once stays right for its lifetime.
const compiled = new WeakMap<RuleSet, readonly CompiledRule[]>();

/** The rules of `ruleSet`, compiled on first use. */
export function compiledRules(ruleSet: RuleSet): readonly CompiledRule[] {
  let rules = compiled.get(ruleSet);
  if (!rules || !Object.isFrozen(ruleSet)) {
    rules = ruleSet.rules.map(compileRule);
    if (Object.isFrozen(ruleSet)) compiled.set(ruleSet, rules);
  }
  return rules;
}

/** yes if every condition holds, no if one fails, unknown if none fails but one cannot be decided. */
export function outcomeOf(rule: CompiledRule, facts: Facts): Outcome {
  let outcome: Outcome = 'yes';
  for (const condition of rule.conditions) {
    const result = condition.test(facts);
    if (result === 'no') return 'no';
    if (result === 'unknown') outcome = 'unknown';
  }
  return outcome;
}

/** The notes of a matching rule's conditions, in condition order, for its reason line. */
export function notesOf(rule: CompiledRule, facts: Facts): string[] {
  const notes: string[] = [];
  for (const condition of rule.conditions) {
    const note = condition.note?.(facts);
    if (note) notes.push(note);
  }
  return notes;
}

/** {@link outcomeOf} and {@link notesOf} of one rule (notes only when it does not fail). */
export function matchRule(rule: Rule, facts: Facts): { outcome: Outcome; notes: string[] } {
  const c = compileRule(rule);
  const outcome = outcomeOf(c, facts);
  return { outcome, notes: outcome === 'no' ? [] : notesOf(c, facts) };
}
