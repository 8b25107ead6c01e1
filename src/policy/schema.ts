/**
 * The rule language (docs/rules.md): a rule set is JSON data — no code, no eval — validated here
 * with valibot on every import. A rule is a set of conditions (all optional, all must hold) and
 * one verdict. Unknown fields are refused, so a misspelt condition can never silently widen a rule.
 *
 *   const set = parseRuleSet(JSON.parse(text)); // deep-frozen RuleSet, or a RuleSetError
 *   // e.message: 'rules[2].when.amount.gt: expected a decimal string like "0.5"'
 */
import * as v from 'valibot';
import { CardKind } from '../markup';
import { isPolicyAddress } from './address';
import { DECIMAL_RE } from './decimal';
import { issueError, pathText, RuleSetError } from './errors';
import { originConditionProblem } from './origin';

export const RULESET_VERSION = 1;

/** Verdicts from the mildest to the strictest; {@link severity} is the index. */
export const VERDICTS = ['allow', 'confirm', 'confirm-with-password', 'deny'] as const;
export const Verdict = v.picklist(VERDICTS, 'expected "allow", "deny", "confirm" or "confirm-with-password"');
export type Verdict = v.InferOutput<typeof Verdict>;
export const severity = (verdict: Verdict): number => VERDICTS.indexOf(verdict);

/**
 * Request kinds: the card kinds of src/markup/card.ts, plus three the rules need to tell apart
 * inside them — `send` (a value or token transfer), `approve` (an allowance or operator grant)
 * and `eth_sign` (a raw-hash signature). See `KIND_FAMILY` in match.ts for which kinds a broader
 * kind also covers (a `send` is also a `transaction`).
 */
export const REQUEST_KINDS = [...CardKind.options, 'send', 'approve', 'eth_sign'] as const;
export const RequestKind = v.picklist(REQUEST_KINDS, `expected a request kind (${REQUEST_KINDS.join(', ')})`);
export type RequestKind = v.InferOutput<typeof RequestKind>;

const oneOrMany = <T extends v.GenericSchema<unknown, unknown>>(item: T, what: string) =>
  v.union([item, v.pipe(v.array(item), v.minLength(1, 'expected at least one entry'))], `expected ${what}`);

const OriginCondition = v.pipe(
  v.string('expected an origin string'),
  v.maxLength(300, 'expected at most 300 characters'),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? originConditionProblem(dataset.value) : undefined;
    if (problem) addIssue({ message: problem });
  }),
);
const ChainId = v.pipe(
  v.number('expected a chain id number'),
  v.safeInteger('expected an integer chain id'),
  v.minValue(1, 'expected a positive chain id'),
);
const AddressCondition = v.pipe(
  v.string('expected an address string'),
  v.check(
    (a: string) => isPolicyAddress(a),
    'expected an EVM address (EIP-55 checksum if mixed case) or a Bitcoin/Litecoin address',
  ),
);
export const Tag = v.pipe(
  v.string('expected a tag string'),
  v.regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'expected a tag: lowercase letters, digits and "-", at most 32'),
);
const AssetId = v.pipe(
  v.string('expected an asset: a coin symbol like "ETH" or a token address'),
  v.regex(
    /^([A-Za-z][A-Za-z0-9.]{0,15}|0x[0-9a-fA-F]{40})$/,
    'expected a coin symbol like "ETH" or a token address',
  ),
);
const DecimalText = v.pipe(
  v.string('expected a decimal string like "0.5"'),
  v.regex(DECIMAL_RE, 'expected a decimal string like "0.5"'),
);
export const Bounds = v.pipe(
  v.strictObject(
    {
      gt: v.optional(DecimalText),
      gte: v.optional(DecimalText),
      lt: v.optional(DecimalText),
      lte: v.optional(DecimalText),
    },
    'expected an object with gt, gte, lt or lte',
  ),
  v.check((b) => Object.values(b).some((x) => x !== undefined), 'expected at least one of gt, gte, lt, lte'),
);

/** "24h", "90m", "7d": at most 366 days. */
export const DURATION_RE = /^([1-9]\d{0,5})(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
export const MAX_WINDOW_MS = 366 * UNIT_MS.d;
/** The length of a validated duration in milliseconds. */
export function durationMs(text: string): number {
  const m = DURATION_RE.exec(text);
  if (!m) throw new TypeError(`per: expected a duration like "24h", got "${text.slice(0, 20)}"`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}
const Duration = v.pipe(
  v.string('expected a duration like "24h"'),
  v.regex(DURATION_RE, 'expected a duration like "24h", "90m" or "7d"'),
  v.check((d) => durationMs(d) <= MAX_WINDOW_MS, 'expected at most 366 days'),
);
const Clock = v.pipe(
  v.string('expected a time like "22:00"'),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time "HH:MM" from 00:00 to 23:59'),
);
const UtcOffset = v.pipe(
  v.string('expected an offset like "+02:00"'),
  v.regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, 'expected an offset "+HH:MM" or "-HH:MM"'),
);
const TimeOfDay = v.pipe(
  v.strictObject(
    { from: Clock, to: Clock, utcOffset: v.optional(UtcOffset) },
    'expected { from, to, utcOffset? }',
  ),
  v.check((t) => t.from !== t.to, 'expected from and to to differ (from is included, to is not)'),
);
const RiskCode = v.pipe(
  v.string('expected a risk code'),
  v.regex(/^[a-z][a-z0-9-]{1,63}$/, 'expected a risk code like "unlimited-approval"'),
);

export const Conditions = v.strictObject(
  {
    origin: v.optional(oneOrMany(OriginCondition, 'an origin, a "*.domain" pattern, or a list of them')),
    chainId: v.optional(oneOrMany(ChainId, 'a chain id or a list of them')),
    kind: v.optional(oneOrMany(RequestKind, 'a request kind or a list of them')),
    account: v.optional(oneOrMany(AddressCondition, 'an address or a list of addresses')),
    recipient: v.optional(
      v.union(
        [AddressCondition, v.pipe(v.array(AddressCondition), v.minLength(1)), v.strictObject({ tag: Tag })],
        'expected an address, a list of addresses, or { "tag": "…" }',
      ),
    ),
    asset: v.optional(oneOrMany(AssetId, 'an asset or a list of assets')),
    amount: v.optional(Bounds),
    window: v.optional(v.strictObject({ per: Duration, total: Bounds }, 'expected { per, total }')),
    spender: v.optional(oneOrMany(AddressCondition, 'an address or a list of addresses')),
    contract: v.optional(oneOrMany(AddressCondition, 'an address or a list of addresses')),
    timeOfDay: v.optional(TimeOfDay),
    risk: v.optional(oneOrMany(RiskCode, 'a risk code or a list of them')),
  },
  'expected an object of conditions',
);
export type Conditions = v.InferOutput<typeof Conditions>;
export type ConditionName = keyof Conditions;

export const Rule = v.strictObject(
  {
    id: v.pipe(
      v.string('expected a rule id'),
      v.regex(
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
        'expected an id: letters, digits, ".", "_", "-", at most 64',
      ),
    ),
    description: v.optional(
      v.pipe(v.string('expected text'), v.maxLength(500, 'expected at most 500 characters')),
    ),
    when: Conditions,
    // biome-ignore lint/suspicious/noThenProperty: the rule language's verdict field (docs/rules.md); a string, never callable, so no rule is a thenable
    then: Verdict,
    /**
     * A final rule sets a floor: when it matches, the verdict is never milder than its own, however
     * specific the other matching rules are (the defaults' phishing, poisoning and eth_sign denies).
     */
    final: v.optional(v.boolean('expected true or false')),
  },
  'expected a rule { id, description?, when, then, final? }',
);
export type Rule = v.InferOutput<typeof Rule>;

export const MAX_RULES = 5000;
export const RuleSet = v.strictObject(
  {
    v: v.literal(RULESET_VERSION, `expected ${RULESET_VERSION} (the rule language version)`),
    name: v.pipe(
      v.string('expected a name'),
      v.minLength(1, 'expected a name'),
      v.maxLength(100, 'expected at most 100 characters'),
    ),
    rules: v.pipe(
      v.array(Rule, 'expected a list of rules'),
      v.maxLength(MAX_RULES, `expected at most ${MAX_RULES} rules`),
    ),
  },
  'expected a rule set { v, name, rules }',
);
export type RuleSet = v.InferOutput<typeof RuleSet>;

/** Builds a rule object (for code that writes rules, e.g. the defaults and tests). */
export function rule(
  id: string,
  when: Conditions,
  verdict: Verdict,
  extra: Pick<Rule, 'description' | 'final'> = {},
): Rule {
  // biome-ignore lint/suspicious/noThenProperty: see Rule.then: a verdict string, never callable
  return { id, ...extra, when, then: verdict };
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    for (const value of Object.values(x)) deepFreeze(value);
    Object.freeze(x);
  }
  return x;
}

/**
 * Validates `input` (parsed JSON) as a rule set and returns a fresh, deep-frozen copy. Throws a
 * {@link RuleSetError} whose path names the first bad field (after `prefix`, the rule set's own
 * place in a larger file, e.g. "ruleSet"); rule ids must be unique, since verdict reasons, diffs
 * and versions refer to rules by id.
 */
export function parseRuleSet(input: unknown, prefix = ''): RuleSet {
  const result = v.safeParse(RuleSet, input);
  if (!result.success) throw issueError(result.issues, prefix, prefix || 'ruleSet');
  const seen = new Set<string>();
  result.output.rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      throw new RuleSetError(
        pathText([{ key: 'rules' }, { key: i }, { key: 'id' }] as never, prefix),
        `duplicate rule id "${rule.id}"`,
      );
    seen.add(rule.id);
  });
  return deepFreeze(result.output);
}

/** Specificity of a rule: how many conditions it sets (a list counts once). See docs/rules.md. */
export function specificity(rule: Rule): number {
  return Object.values(rule.when).filter((c) => c !== undefined).length;
}
