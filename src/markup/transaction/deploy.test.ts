import * as v from 'valibot';
import { expect, test } from 'vitest';
import { Card } from '../card';
import { base, ME, testFacts } from '../testData';
import { deployCard } from './deploy';

// A minimal init code: PUSH1 0 PUSH1 0 RETURN (deploys an empty contract).
const INIT = Uint8Array.from([0x60, 0x00, 0x60, 0x00, 0xf3]);

test('a transaction without `to` deploys a contract, with its code size', async () => {
  const c = await deployCard({ from: ME, value: 10n ** 16n, data: INIT, chainId: 1 }, base, testFacts());
  expect(v.parse(Card, c)).toEqual(c);
  expect(c!.summary).toEqual(['Deploy a contract (5 bytes of code)', 'Give it 0.01 ETH']);
  expect(c!.fields).toContainEqual({ label: 'Code', value: '0x60006000f3', format: 'hex' });
});

test('a transaction with `to` is no deployment', async () => {
  expect(
    await deployCard({ from: ME, to: ME, value: 0n, data: INIT, chainId: 1 }, base, testFacts()),
  ).toBeUndefined();
});
