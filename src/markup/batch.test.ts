import * as v from 'valibot';
import { expect, test } from 'vitest';
import { batchCard } from './batch';
import { SELECTOR } from './calldata';
import { Card } from './card';
import { MAX_UINT256 } from './format';
import { BOB, base, calldata, ME, ROUTER, testFacts, USDC } from './testData';
import { transactionCard } from './transaction';

test('an EIP-5792 batch lists every call, their fields, and all their risks', async () => {
  const facts = testFacts();
  const calls = [
    { from: ME, to: USDC, value: 0n, data: calldata(SELECTOR.approve, ROUTER, MAX_UINT256), chainId: 1 },
    { from: ME, to: BOB, value: 10n ** 18n, data: new Uint8Array(), chainId: 1 },
    { from: ME, to: USDC, value: 0n, data: calldata(SELECTOR.approve, ROUTER, MAX_UINT256), chainId: 1 },
  ];
  const cards = await Promise.all(calls.map((c) => transactionCard(c, base, facts)));
  const c = batchCard(base, cards);
  expect(v.parse(Card, c)).toEqual(c);
  expect(c.kind).toBe('batch');
  expect(c.title).toBe('3 calls in one batch');
  expect(c.summary).toEqual([
    'Allow 0x3fC9…7FAD to spend an unlimited amount of USDC',
    'Send 1 ETH to 0x7099…79C8',
    'Allow 0x3fC9…7FAD to spend an unlimited amount of USDC',
  ]);
  expect(c.fields.map((f) => f.label)).toEqual([
    'Call 1: Approve USDC',
    'Call 2: Send ETH',
    'Call 3: Approve USDC',
  ]);
  expect(c.fields[1]!.children).toEqual(cards[1]!.fields);
  expect(c.risks.map((r) => r.code)).toEqual(['unlimited-approval', 'first-time-recipient']);
});
