import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleSetError } from './errors';
import {
  assetKey,
  deserialiseHistory,
  indexedRollingTotal,
  prune,
  recordSpend,
  rollingTotal,
  type SpendEntry,
  serialiseHistory,
} from './rolling';
import { ALICE, BOB, DAY, ETH, NOW } from './testkit';

const ETH_1 = assetKey('ETH', 1);
const entry = (at: number, amount: bigint, account = ALICE, asset = ETH_1): SpendEntry => ({
  at,
  asset,
  account,
  amount,
});
const total = (history: SpendEntry[], now = NOW) =>
  rollingTotal(history, { account: ALICE, asset: ETH_1, now, windowMs: DAY });

describe('rolling totals', () => {
  it('an entry exactly 24 h old no longer counts; one a millisecond younger does', () => {
    expect(total([entry(NOW - DAY, ETH)])).toBe(0n);
    expect(total([entry(NOW - DAY + 1, ETH)])).toBe(ETH);
    expect(total([entry(NOW, ETH)])).toBe(ETH);
  });

  it('counts entries stamped after now (a clock set back frees nothing)', () => {
    expect(total([entry(NOW + 5 * DAY, ETH)])).toBe(ETH);
  });

  it('keeps accounts (in any case) and assets apart, and sums exactly beyond 2^53', () => {
    const big = 2n ** 200n + 1n;
    const history = [
      entry(NOW - 1, big, ALICE.toLowerCase()),
      entry(NOW - 2, big),
      entry(NOW - 3, ETH, BOB),
      entry(NOW - 4, ETH, ALICE, assetKey('ETH', 11155111)),
    ];
    expect(total(history)).toBe(2n * big);
  });

  it('is exact at the boundary for arbitrary ages and bigint amounts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            age: fc.integer({ min: -DAY, max: 3 * DAY }),
            amount: fc.bigInt({ min: 0n, max: 2n ** 256n }),
          }),
        ),
        fc.integer({ min: 1, max: 2 * DAY }),
        (xs, windowMs) => {
          const history = xs.map((x) => entry(NOW - x.age, x.amount));
          const expected = xs.filter((x) => x.age < windowMs).reduce((s, x) => s + x.amount, 0n);
          expect(rollingTotal(history, { account: ALICE, asset: ETH_1, now: NOW, windowMs })).toBe(expected);
          // Pruning to the window never changes the total.
          expect(
            rollingTotal(prune(history, NOW, windowMs), { account: ALICE, asset: ETH_1, now: NOW, windowMs }),
          ).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers through its index exactly as the plain scan, for mixed accounts and assets (property)', () => {
    const accounts = [ALICE, ALICE.toLowerCase(), BOB];
    const assets = [ETH_1, assetKey('ETH', 10), assetKey('USDC', 1)];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            age: fc.integer({ min: -DAY, max: 3 * DAY }),
            amount: fc.bigInt({ min: 0n, max: 2n ** 80n }),
            who: fc.nat(2),
            what: fc.nat(2),
          }),
        ),
        fc.integer({ min: 1, max: 2 * DAY }),
        fc.nat(2),
        fc.nat(2),
        (xs, windowMs, who, what) => {
          const history = xs.map((x) => entry(NOW - x.age, x.amount, accounts[x.who], assets[x.what]));
          const q = { account: accounts[who]!, asset: assets[what]!, now: NOW, windowMs };
          expect(indexedRollingTotal(history, q)).toBe(rollingTotal(history, q));
          // The index belongs to that list: a new list (recordSpend) is indexed afresh.
          const next = recordSpend(history, entry(NOW, 7n, accounts[who], assets[what]));
          expect(indexedRollingTotal(next, q)).toBe(rollingTotal(history, q) + 7n);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prunes entries that no window can count any more', () => {
    const history = [entry(NOW - 2 * DAY, ETH), entry(NOW - DAY, ETH), entry(NOW - 1, ETH)];
    expect(prune(history, NOW, DAY)).toEqual([entry(NOW - 1, ETH)]);
    expect(history).toHaveLength(3);
  });

  it('records without changing the input and refuses a negative amount', () => {
    const before: SpendEntry[] = [];
    const after = recordSpend(before, entry(NOW, ETH));
    expect(before).toEqual([]);
    expect(after).toHaveLength(1);
    expect(() => recordSpend(before, entry(NOW, -1n))).toThrow(
      'entry.amount: expected a non-negative bigint',
    );
  });

  it('serialises amounts as decimal strings and reads them back exactly', () => {
    const history = [entry(NOW, 2n ** 255n), entry(NOW - 1, 0n, BOB, 'BTC')];
    const stored = JSON.parse(JSON.stringify(serialiseHistory(history)));
    expect(stored[0].amount).toBe((2n ** 255n).toString());
    expect(deserialiseHistory(stored)).toEqual(history);
  });

  it('refuses a stored history with a bad entry, naming it', () => {
    const stored = serialiseHistory([entry(NOW, ETH), entry(NOW, ETH)]);
    (stored[1] as { amount: string }).amount = '1.5';
    expect(() => deserialiseHistory(stored)).toThrow(RuleSetError);
    expect(() => deserialiseHistory(stored)).toThrow(
      'history[1].amount: expected base units as a decimal integer string',
    );
  });

  it('keys assets per chain, token addresses in lowercase', () => {
    expect(assetKey('eth', 1)).toBe('eip155:1/ETH');
    expect(assetKey('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', 1)).toBe(
      'eip155:1/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    );
    expect(assetKey('LTC')).toBe('LTC');
  });
});
