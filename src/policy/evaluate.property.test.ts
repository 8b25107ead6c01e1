/**
 * The core properties of evaluation over arbitrary rule sets and requests (1000+ runs each):
 * total (exactly one verdict, from the four), deterministic (same inputs, same result), independent
 * of the order of the rules, and deny beats allow at the same specificity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAddressBook } from './addressBook';
import { evaluate } from './evaluate';
import type { PolicyContext, PolicyRequest } from './request';
import {
  type Conditions,
  parseRuleSet,
  REQUEST_KINDS,
  type Rule,
  rule,
  specificity,
  VERDICTS,
} from './schema';
import { ALICE, BOB, CAROL, DAY, ETH, NOW } from './testkit';

const RUNS = { numRuns: 1000 };
const ORIGINS = ['https://app.example', 'https://a.example.com', 'http://a.example.com', 'null'];
const ADDRESSES = [ALICE, BOB, CAROL];
const ASSETS = ['ETH', 'BTC', '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'];
const RISKS = ['unlimited-approval', 'approval-to-eoa', 'first-time-recipient'];
const decimal = fc.oneof(
  fc.constantFrom('0', '0.5', '1', '1.2', '100'),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
);
const bounds = fc
  .record({ gt: decimal, gte: decimal, lt: decimal, lte: decimal }, { requiredKeys: [] })
  .filter((b) => Object.keys(b).length > 0);

const CONDITION_NAMES = [
  'origin',
  'chainId',
  'kind',
  'account',
  'recipient',
  'asset',
  'amount',
  'window',
  'timeOfDay',
  'risk',
];
const allConditions = fc.record({
  origin: fc.constantFrom('https://app.example', '*.example.com', [
    'https://app.example',
    'https://b.example',
  ]),
  chainId: fc.constantFrom(1, 10, [1, 10]),
  kind: fc.oneof(fc.constantFrom(...REQUEST_KINDS), fc.constant(['send', 'approve'] as const)),
  account: fc.constantFrom(...ADDRESSES),
  recipient: fc.oneof(fc.constantFrom(...ADDRESSES), fc.constant({ tag: 'exchange' })),
  asset: fc.constantFrom(...ASSETS),
  amount: bounds,
  window: fc.record({ per: fc.constantFrom('1h', '24h', '7d'), total: bounds }),
  timeOfDay: fc.constantFrom(
    { from: '22:00', to: '06:00' },
    { from: '09:00', to: '17:00', utcOffset: '+01:00' },
  ),
  risk: fc.constantFrom(...RISKS),
});
// At most 3 conditions per rule: enough to test specificity, few enough that rules often match.
const conditions: fc.Arbitrary<Conditions> = fc
  .tuple(allConditions, fc.subarray(CONDITION_NAMES, { maxLength: 3 }))
  .map(([all, keys]) => Object.fromEntries(keys.map((k) => [k, all[k as keyof typeof all]])) as Conditions);

const rules: fc.Arbitrary<Rule[]> = fc
  .array(fc.tuple(conditions, fc.constantFrom(...VERDICTS), fc.boolean()), { maxLength: 12 })
  .map((xs) =>
    xs.map(([when, verdict, final], i) =>
      rule(`r${i}`, when, verdict, final && i % 3 === 0 ? { final } : {}),
    ),
  );

const request: fc.Arbitrary<PolicyRequest> = fc.record(
  {
    origin: fc.constantFrom(...ORIGINS),
    kind: fc.constantFrom(...REQUEST_KINDS),
    chainId: fc.constantFrom(1, 10, 137),
    account: fc.constantFrom(...ADDRESSES),
    recipient: fc.constantFrom(...ADDRESSES),
    asset: fc.constantFrom(...ASSETS),
    amount: fc.bigInt({ min: 0n, max: 3n * ETH }),
    risks: fc.subarray(RISKS),
  },
  { requiredKeys: ['origin', 'kind'] },
);

const context: fc.Arbitrary<PolicyContext> = fc.record({
  now: fc.integer({ min: NOW - DAY, max: NOW + DAY }),
  history: fc.array(
    fc.record({
      at: fc.integer({ min: NOW - 3 * DAY, max: NOW + DAY }),
      asset: fc.constantFrom('eip155:1/ETH', 'BTC'),
      account: fc.constantFrom(...ADDRESSES),
      amount: fc.bigInt({ min: 0n, max: ETH }),
    }),
    { maxLength: 6 },
  ),
  utcOffsetMinutes: fc.integer({ min: -720, max: 840 }),
  addressBook: fc.constant(createAddressBook([{ name: 'Exchange', address: BOB, tags: ['exchange'] }])),
});

const ruleSetOf = (rs: Rule[]) => parseRuleSet({ v: 1, name: 'property', rules: rs });

describe('evaluate (properties)', () => {
  it('is total: every request gets exactly one of the four verdicts, with a reason', () => {
    fc.assert(
      fc.property(rules, request, context, (rs, req, ctx) => {
        const e = evaluate(ruleSetOf(rs), req, ctx);
        expect(VERDICTS).toContain(e.verdict);
        expect(e.reasons.length).toBeGreaterThan(0);
        expect(e.matched.filter((m) => m.decisive).every((m) => m.verdict === e.verdict)).toBe(true);
        if (e.matched.length === 0) expect(e.verdict).toBe('confirm');
      }),
      RUNS,
    );
  });

  it('is deterministic and does not depend on the order of the rules', () => {
    fc.assert(
      fc.property(rules, request, context, fc.infiniteStream(fc.nat()), (rs, req, ctx, seeds) => {
        const first = evaluate(ruleSetOf(rs), req, ctx);
        expect(evaluate(ruleSetOf(rs), req, ctx)).toEqual(first);
        const shuffled = rs
          .map((x) => [seeds.next().value as number, x] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, x]) => x);
        expect(evaluate(ruleSetOf(shuffled), req, ctx)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('a matching deny beats a matching allow of the same specificity', () => {
    let both = 0;
    fc.assert(
      fc.property(rules, conditions, conditions, request, context, (rs, whenAllow, whenDeny, req, ctx) => {
        fc.pre(specificity(rule('x', whenAllow, 'allow')) === specificity(rule('y', whenDeny, 'deny')));
        const e = evaluate(
          ruleSetOf([...rs, rule('allow-x', whenAllow, 'allow'), rule('deny-y', whenDeny, 'deny')]),
          req,
          ctx,
        );
        const allow = e.matched.find((m) => m.ruleId === 'allow-x');
        const deny = e.matched.find((m) => m.ruleId === 'deny-y');
        if (allow && deny) {
          both++;
          expect(allow.decisive).toBe(false);
          if (e.matched[0]!.specificity === deny.specificity) expect(e.verdict).toBe('deny');
        }
      }),
      RUNS,
    );
    // The property is only as good as the cases where both rules match: make sure there are many.
    expect(both).toBeGreaterThan(50);
  });

  it('the same conditions with deny and allow never yield allow from that specificity', () => {
    let decided = 0;
    fc.assert(
      fc.property(rules, conditions, request, context, (rs, when, req, ctx) => {
        const e = evaluate(
          ruleSetOf([...rs, rule('same-allow', when, 'allow'), rule('same-deny', when, 'deny')]),
          req,
          ctx,
        );
        const deny = e.matched.find((m) => m.ruleId === 'same-deny');
        if (deny && e.matched[0]!.specificity === deny.specificity) {
          decided++;
          expect(e.verdict).toBe('deny');
        }
        expect(e.matched.find((m) => m.ruleId === 'same-allow')?.decisive ?? false).toBe(false);
      }),
      RUNS,
    );
    expect(decided).toBeGreaterThan(100);
  });
});
