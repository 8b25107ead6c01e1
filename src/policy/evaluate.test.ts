import { describe, expect, it } from 'vitest';
import { createAddressBook } from './addressBook';
import { evaluate } from './evaluate';
import type { PolicyContext } from './request';
import { type Conditions, parseRuleSet, type Rule, rule, type Verdict } from './schema';
import { ALICE, BOB, CAROL, DAY, ETH, HOUR, NOW, sendRequest } from './testkit';

const set = (...rules: Rule[]) => parseRuleSet({ v: 1, name: 'test', rules });
const r = (id: string, when: Conditions, verdict: Verdict, final?: boolean) =>
  rule(id, when, verdict, final ? { final } : {});
const ctx: PolicyContext = { now: NOW };

describe('evaluate', () => {
  it('asks (confirm) when no rule matches, and says so', () => {
    const e = evaluate(set(r('big', { amount: { gt: '5' } }, 'deny')), sendRequest(), ctx);
    expect(e.verdict).toBe('confirm');
    expect(e.matched).toEqual([]);
    expect(e.reasons[0]).toMatch(/No rule matched/);
  });

  it('lets the most specific rule decide: a specific allow beats a general deny', () => {
    const rules = set(
      r('no-sends', { kind: 'send' }, 'deny'),
      r('bob-ok', { kind: 'send', recipient: BOB }, 'allow'),
    );
    expect(evaluate(rules, sendRequest(), ctx).verdict).toBe('allow');
    expect(evaluate(rules, sendRequest({ recipient: CAROL }), ctx).verdict).toBe('deny');
  });

  it('at equal specificity: deny > confirm-with-password > confirm > allow', () => {
    const a = r('a', { kind: 'send' }, 'allow');
    const c = r('c', { asset: 'ETH' }, 'confirm');
    const p = r('p', { chainId: 1 }, 'confirm-with-password');
    const d = r('d', { account: ALICE }, 'deny');
    expect(evaluate(set(a, c), sendRequest(), ctx).verdict).toBe('confirm');
    expect(evaluate(set(a, c, p), sendRequest(), ctx).verdict).toBe('confirm-with-password');
    const e = evaluate(set(d, p, c, a), sendRequest(), ctx);
    expect(e.verdict).toBe('deny');
    expect(e.matched.map((m) => [m.ruleId, m.decisive])).toEqual([
      ['d', true],
      ['p', false],
      ['c', false],
      ['a', false],
    ]);
  });

  it('a final rule is a floor that a more specific rule cannot soften', () => {
    const rules = set(
      r('no-eth-sign', { kind: 'eth_sign' }, 'deny', true),
      r('trusted-site', { origin: 'https://app.example', kind: 'eth_sign' }, 'allow'),
    );
    const e = evaluate(rules, { origin: 'https://app.example', kind: 'eth_sign' }, ctx);
    expect(e.verdict).toBe('deny');
    expect(e.matched.find((m) => m.decisive)?.ruleId).toBe('no-eth-sign');
  });

  it('compares amounts exactly in base units (0.5 ETH is not > 0.5)', () => {
    const rules = set(r('half', { asset: 'ETH', amount: { gt: '0.5' } }, 'confirm-with-password'));
    expect(evaluate(rules, sendRequest({ amount: ETH / 2n }), ctx).verdict).toBe('confirm');
    expect(evaluate(rules, sendRequest({ amount: ETH / 2n + 1n }), ctx).verdict).toBe(
      'confirm-with-password',
    );
  });

  it('uses the context decimals for tokens; unknown decimals apply strict rules, never allow rules', () => {
    const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
    const req = sendRequest({ asset: usdc, amount: 2_000_000n });
    const strict = set(r('usdc', { asset: usdc, amount: { gt: '1' } }, 'confirm-with-password'));
    const loose = set(r('usdc', { asset: usdc, amount: { lt: '5' } }, 'allow'));
    expect(
      evaluate(strict, req, {
        now: NOW,
        decimals: { 'eip155:1/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48': 6 },
      }).verdict,
    ).toBe('confirm-with-password');
    expect(
      evaluate(strict, req, {
        now: NOW,
        decimals: { 'eip155:1/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48': 18 },
      }).verdict,
    ).toBe('confirm');
    const unknown = evaluate(strict, req, ctx);
    expect(unknown.verdict).toBe('confirm-with-password');
    expect(unknown.reasons[0]).toMatch(/decimals of .* are unknown/);
    expect(evaluate(loose, req, ctx).verdict).toBe('confirm');
  });

  it('matches kind families: a send is a transaction, a permit is an approval', () => {
    const rules = set(
      r('tx', { kind: 'transaction' }, 'deny'),
      r('ap', { kind: 'approve' }, 'confirm-with-password'),
    );
    expect(evaluate(rules, sendRequest(), ctx).verdict).toBe('deny');
    expect(evaluate(rules, { origin: 'https://a.example', kind: 'permit' }, ctx).verdict).toBe(
      'confirm-with-password',
    );
    expect(evaluate(rules, { origin: 'https://a.example', kind: 'message' }, ctx).verdict).toBe('confirm');
  });

  it('matches recipients by address-book tag and names the contact', () => {
    const addressBook = createAddressBook([{ name: 'Kraken', address: BOB, tags: ['exchange'] }]);
    const rules = set(
      r('exch', { recipient: { tag: 'exchange' }, amount: { gt: '0.1' } }, 'confirm-with-password'),
    );
    const e = evaluate(rules, sendRequest(), { now: NOW, addressBook });
    expect(e.verdict).toBe('confirm-with-password');
    expect(e.reasons[0]).toContain('Kraken is tagged exchange');
    expect(evaluate(rules, sendRequest({ recipient: CAROL }), { now: NOW, addressBook }).verdict).toBe(
      'confirm',
    );
  });

  it('matches origins exactly or by https domain pattern', () => {
    const rules = set(r('ex', { origin: '*.example.com' }, 'deny'));
    const at = (origin: string) => evaluate(rules, sendRequest({ origin }), ctx).verdict;
    expect(at('https://example.com')).toBe('deny');
    expect(at('https://a.b.example.com')).toBe('deny');
    expect(at('http://a.example.com')).toBe('confirm');
    expect(at('https://a.example.com:8443')).toBe('confirm');
    expect(at('https://notexample.com')).toBe('confirm');
    expect(at('https://example.com.evil.io')).toBe('confirm');
  });

  it('timeOfDay wraps past midnight and honours the offset ([from, to))', () => {
    const night = set(r('night', { timeOfDay: { from: '22:00', to: '06:00' } }, 'confirm-with-password'));
    const at = (h: number, m = 0, utcOffsetMinutes = 0) =>
      evaluate(night, sendRequest(), { now: Date.UTC(2026, 0, 1, h, m), utcOffsetMinutes }).verdict;
    expect(at(21, 59)).toBe('confirm');
    expect(at(22, 0)).toBe('confirm-with-password');
    expect(at(2, 0)).toBe('confirm-with-password');
    expect(at(5, 59)).toBe('confirm-with-password');
    expect(at(6, 0)).toBe('confirm');
    expect(at(20, 30, 120)).toBe('confirm-with-password'); // 22:30 local at UTC+2
    const fixed = set(r('tz', { timeOfDay: { from: '09:00', to: '17:00', utcOffset: '-05:00' } }, 'allow'));
    expect(evaluate(fixed, sendRequest(), { now: Date.UTC(2026, 0, 1, 14, 0) }).verdict).toBe('allow');
    expect(evaluate(fixed, sendRequest(), { now: Date.UTC(2026, 0, 1, 22, 0) }).verdict).toBe('confirm');
  });

  it('counts the rolling 24 h total per account and asset, including this request', () => {
    const rules = set(
      r(
        'daily',
        { kind: 'send', asset: 'ETH', window: { per: '24h', total: { gt: '1' } } },
        'confirm-with-password',
      ),
    );
    const six = (6n * ETH) / 10n;
    const history = [{ at: NOW - HOUR, account: ALICE, asset: 'eip155:1/ETH', amount: six }];
    expect(evaluate(rules, sendRequest({ amount: six }), { now: NOW }).verdict).toBe('confirm');
    const second = evaluate(rules, sendRequest({ amount: six }), { now: NOW, history });
    expect(second.verdict).toBe('confirm-with-password');
    expect(second.reasons[0]).toContain('24h total with this one 1.2 ETH > 1');
    // Other account, other chain, or the entry aged out: no longer counts.
    expect(evaluate(rules, sendRequest({ amount: six, account: BOB }), { now: NOW, history }).verdict).toBe(
      'confirm',
    );
    expect(
      evaluate(rules, sendRequest({ amount: six, chainId: 11155111 }), { now: NOW, history }).verdict,
    ).toBe('confirm');
    expect(evaluate(rules, sendRequest({ amount: six }), { now: NOW - HOUR + DAY, history }).verdict).toBe(
      'confirm',
    );
  });

  it('never throws: a hostile request is denied with a reason', () => {
    const hostile = sendRequest();
    Object.defineProperty(hostile, 'origin', {
      get() {
        throw new Error('boom');
      },
    });
    const e = evaluate(set(r('x', { origin: 'https://a.example' }, 'allow')), hostile, ctx);
    expect(e.verdict).toBe('deny');
    expect(e.reasons[0]).toContain('could not be evaluated');
  });
});
