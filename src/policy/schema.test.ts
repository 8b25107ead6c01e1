import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleSetError } from './errors';
import { type Conditions, parseRuleSet, rule, specificity, type Verdict } from './schema';
import { ALICE, BTC_ADDRESS } from './testkit';

const base = (rules: unknown[]) => ({ v: 1, name: 'test', rules });
// rule() builds any shape, valid or not: the schema, not the builder, is under test.
const ok = (when: unknown) => rule('r', when as Conditions, 'allow');

function errorOf(input: unknown): RuleSetError {
  try {
    parseRuleSet(input);
  } catch (e) {
    expect(e).toBeInstanceOf(RuleSetError);
    return e as RuleSetError;
  }
  throw new Error('expected the rule set to be refused');
}

describe('parseRuleSet', () => {
  it('accepts every condition of the language', () => {
    const set = parseRuleSet(
      base([
        rule(
          'all',
          {
            origin: ['https://app.example', '*.example.com'],
            chainId: [1, 10],
            kind: 'send',
            account: ALICE,
            recipient: { tag: 'exchange' },
            asset: 'ETH',
            amount: { gt: '0.5', lte: '10' },
            window: { per: '24h', total: { gt: '1' } },
            spender: ALICE.toLowerCase(),
            contract: [ALICE],
            timeOfDay: { from: '22:00', to: '06:00', utcOffset: '+02:00' },
            risk: 'unlimited-approval',
          },
          'confirm-with-password',
          { description: 'every condition', final: true },
        ),
        rule('btc', { recipient: [BTC_ADDRESS], asset: 'BTC' }, 'deny'),
      ]),
    );
    expect(set.rules).toHaveLength(2);
    expect(specificity(set.rules[0]!)).toBe(12);
    expect(specificity(set.rules[1]!)).toBe(2);
  });

  it('names the bad field by its path', () => {
    const rules = [ok({}), ok({ kind: 'send' }), ok({ amount: { gt: 5 } })];
    rules.forEach((r, i) => {
      r.id = `r${i}`;
    });
    expect(errorOf(base(rules)).message).toBe(
      'rules[2].when.amount.gt: expected a decimal string like "0.5"',
    );
    expect(errorOf(base(rules)).path).toBe('rules[2].when.amount.gt');
  });

  it.each([
    [{ v: 2, name: 'x', rules: [] }, 'v: expected 1 (the rule language version)'],
    [{ v: 1, rules: [] }, 'name: required field is missing'],
    [
      base([rule('a', {}, 'maybe' as Verdict)]),
      'rules[0].then: expected "allow", "deny", "confirm" or "confirm-with-password"',
    ],
    [base([ok({ amout: { gt: '1' } })]), 'rules[0].when.amout: unknown field (check its spelling)'],
    [base([ok({ amount: {} })]), 'rules[0].when.amount: expected at least one of gt, gte, lt, lte'],
    [base([ok({ amount: { gt: '1e3' } })]), 'rules[0].when.amount.gt: expected a decimal string like "0.5"'],
    [base([ok({ amount: { gt: '-1' } })]), 'rules[0].when.amount.gt: expected a decimal string like "0.5"'],
    [base([ok({ origin: 'https://app.example/' })]), 'rules[0].when.origin: expected an exact origin'],
    [base([ok({ origin: '*.com' })]), 'rules[0].when.origin: a domain pattern needs at least two labels'],
    [
      base([ok({ origin: ['https://a.example', 'app'] })]),
      'rules[0].when.origin[1]: expected an exact origin',
    ],
    [
      base([ok({ recipient: ['0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359', '0x1'] })]),
      'rules[0].when.recipient[1]: expected an EVM address',
    ],
    [base([ok({ recipient: { tag: 'Exchange!' } })]), 'rules[0].when.recipient.tag: expected a tag'],
    [
      base([ok({ account: '0xFB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' })]),
      'rules[0].when.account: expected an EVM address',
    ],
    [base([ok({ chainId: 1.5 })]), 'rules[0].when.chainId: expected an integer chain id'],
    [
      base([ok({ window: { per: '400d', total: { gt: '1' } } })]),
      'rules[0].when.window.per: expected at most 366 days',
    ],
    [base([ok({ window: { per: '24h' } })]), 'rules[0].when.window.total: required field is missing'],
    [
      base([ok({ timeOfDay: { from: '25:00', to: '06:00' } })]),
      'rules[0].when.timeOfDay.from: expected a time',
    ],
    [
      base([ok({ timeOfDay: { from: '06:00', to: '06:00' } })]),
      'rules[0].when.timeOfDay: expected from and to to differ',
    ],
    [base([ok({}), ok({})]), 'rules[1].id: duplicate rule id "r"'],
    ['{"v":1}', 'ruleSet: expected a rule set { v, name, rules }'],
  ])('refuses %j', (input, message) => {
    expect(errorOf(input).message).toContain(message);
  });

  it('returns a deep-frozen copy and leaves the input alone', () => {
    const input = base([ok({ kind: ['send', 'approve'] })]);
    const snapshot = structuredClone(input);
    const set = parseRuleSet(input);
    expect(input).toEqual(snapshot);
    expect(Object.isFrozen(set.rules[0]!.when.kind)).toBe(true);
    expect(() => {
      (set.rules as unknown[]).push(ok({}));
    }).toThrow(TypeError);
  });

  it('throws only RuleSetError on arbitrary JSON, always with a path-shaped message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        try {
          parseRuleSet(json);
        } catch (e) {
          expect(e).toBeInstanceOf(RuleSetError);
          expect((e as Error).message).toMatch(/^[A-Za-z[\]0-9.]+: /);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
