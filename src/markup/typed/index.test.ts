import { describe, expect, test, vi } from 'vitest';
import mail from '../../fixtures/eip712-mail-example.json';
import { type Card, card } from '../card';
import type { TypedData } from '../facts';
import { base, ROUTER, testFacts } from '../testData';
import { typedDataCard } from '.';
import { usdcPermit } from './testData';

const ORDER = vi.hoisted(() => ({ card: undefined as Card | undefined }));
vi.mock('../orders', () => ({ orderCard: async () => ORDER.card }));

describe('typedDataCard', () => {
  test('a permit gets the permit card', async () => {
    const c = await typedDataCard(usdcPermit(), base, testFacts());
    expect(c.kind).toBe('permit');
  });

  test('a look-alike of a permit falls through to the tree', async () => {
    const data = usdcPermit();
    data.types.Permit = [...data.types.Permit!, { name: 'extra', type: 'uint256' }];
    const c = await typedDataCard(data, base, testFacts());
    expect(c.kind).toBe('typed-data');
    expect(c.summary).toEqual(['Sign typed data for USD Coin']);
  });

  test("an exchange order gets the orders module's card, before the tree", async () => {
    ORDER.card = card('order', base, { title: 'Swap', summary: ['Sell 1 ETH for at least 3000 USDC'] });
    try {
      const c = await typedDataCard(mail.typedData as TypedData, base, testFacts());
      expect(c.summary).toEqual(['Sell 1 ETH for at least 3000 USDC']);
      expect((await typedDataCard(usdcPermit(), base, testFacts())).kind).toBe('permit');
    } finally {
      ORDER.card = undefined;
    }
  });

  test('typed data for another chain is flagged whatever reads it', async () => {
    const other = { ...(mail.typedData as TypedData), domain: { ...mail.typedData.domain, chainId: 137 } };
    const c = await typedDataCard(other, base, testFacts());
    expect(c.kind).toBe('typed-data');
    expect(c.risks[0]).toEqual({
      code: 'typed-data-wrong-chain',
      level: 'danger',
      text: expect.stringContaining('signed for chain 137, you are on 1'),
    });
    const permit = await typedDataCard(usdcPermit({ spender: ROUTER }), base, testFacts({ chainId: 8453 }));
    expect(permit.risks.map((r) => r.code)).toEqual(['typed-data-wrong-chain']);
  });
});
