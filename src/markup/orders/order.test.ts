// The shared rules every order card is held to, on hand-made Order values (no protocol involved).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Card } from '../card';
import type { ChainFacts, TypedData } from '../facts';
import { tokenAsset } from './assets';
import { buildOrderCard, type Order } from './order';
import { BASE, FACTS, NOW, OTHER, SIGNER, UNKNOWN, USDC, WETH } from './testing';

const DATA: TypedData = { types: {}, primaryType: 'X', domain: { name: 'Test Exchange' }, message: {} };
const YEAR = 365n * 24n * 3600n;
const MY_OTHER_ACCOUNT = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';

function order(extra: Partial<Order> = {}): Order {
  return {
    protocol: 'Test',
    side: 'sell',
    give: [tokenAsset(USDC, 100_000_000n)],
    get: [tokenAsset(WETH, 30_000_000_000_000_000n)],
    expiry: NOW + 3600n,
    fields: [],
    ...extra,
  };
}
const build = (o: Order, facts: ChainFacts = FACTS) =>
  buildOrderCard(DATA, [o], { base: BASE, facts, now: NOW });
const codes = async (o: Order, facts?: ChainFacts) => (await build(o, facts)).risks.map((r) => r.code);

describe('order', () => {
  it('builds a card the schema accepts', async () => {
    const card = await build(order());
    expect(v.parse(Card, card)).toEqual(card);
    expect(card.summary).toEqual(['Sell 100 USDC for at least 0.03 WETH', 'Expires 2024-01-01T01:00:00Z']);
  });

  it('counts the signer, their other accounts, the order owner and zero as "you"', async () => {
    const facts = { ...FACTS, ownAccounts: [SIGNER, MY_OTHER_ACCOUNT] };
    for (const to of [SIGNER.toLowerCase(), MY_OTHER_ACCOUNT, '0x0000000000000000000000000000000000000000'])
      expect(await codes(order({ get: [{ ...tokenAsset(WETH, 1n), to }] }), facts)).toEqual([]);
    const safe = '0x1111111111111111111111111111111111111111';
    expect(await codes(order({ owner: safe, get: [{ ...tokenAsset(WETH, 1n), to: safe }] }))).toEqual([]);
    expect(await codes(order({ get: [{ ...tokenAsset(WETH, 1n), to: OTHER }] }))).toEqual([
      'order-receiver-differs',
    ]);
  });

  it('names a foreign receiver by the wallet name when it has one', async () => {
    const facts = { ...FACTS, nameOf: (a: string) => (a === OTHER ? 'Savings' : undefined) };
    const card = await build(
      order({ get: [{ ...tokenAsset(WETH, 30_000_000_000_000_000n), to: OTHER }] }),
      facts,
    );
    expect(card.summary[0]).toBe('Sell 100 USDC for at least 0.03 WETH to Savings');
  });

  it('warns only past a year, and for no expiry at all', async () => {
    expect(await codes(order({ expiry: NOW + YEAR }))).toEqual([]);
    expect(await codes(order({ expiry: NOW + YEAR + 1n }))).toEqual(['order-no-expiry']);
    expect(await codes(order({ expiry: undefined }))).toEqual(['order-no-expiry']);
    expect(await codes(order({ expiry: (1n << 256n) - 1n }))).toEqual(['order-no-expiry']);
  });

  it('shows raw units when the token cannot be read or answers nonsense decimals', async () => {
    const broken = { ...FACTS, token: async () => ({ symbol: 'X', decimals: 1e9 }) };
    expect((await build(order({ give: [tokenAsset(UNKNOWN, 5n)] }), broken)).summary[0]).toMatch(
      /^Sell 5 0x5f04…BdB7/,
    );
    const failing = { ...FACTS, token: () => Promise.reject(new Error('node down')) };
    expect((await build(order(), failing)).summary[0]).toBe(
      'Sell 100000000 0xA0b8…eB48 for at least 30000000000000000 0xC02a…6Cc2',
    );
  });

  it('says "an unlimited amount of" for a max-uint sell amount', async () => {
    const card = await build(order({ give: [tokenAsset(USDC, (1n << 256n) - 1n)] }));
    expect(card.summary[0]).toBe('Sell an unlimited amount of USDC for at least 0.03 WETH');
  });

  it('adds up equal assets and lists different ones', async () => {
    const get = [
      tokenAsset(WETH, 1n * 10n ** 16n),
      tokenAsset(WETH, 2n * 10n ** 16n),
      tokenAsset(USDC, 5_000_000n),
    ];
    expect((await build(order({ get }))).summary[0]).toBe('Sell 100 USDC for at least 0.03 WETH and 5 USDC');
  });
});
