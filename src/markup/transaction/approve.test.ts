import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { SELECTOR } from '../calldata';
import { Card } from '../card';
import { MAX_UINT256 } from '../format';
import { BOB, base, calldata, ME, ROUTER, testFacts, USDC } from '../testData';
import { approveCard } from './approve';

const call = (data: Uint8Array) => ({ from: ME, to: USDC, value: 0n, data, chainId: 1 });
const codes = (c: Card | undefined) => c!.risks.map((r) => r.code);

describe('approveCard', () => {
  test('an unlimited approve says "unlimited" in words and is a danger', async () => {
    const c = await approveCard(call(calldata(SELECTOR.approve, ROUTER, MAX_UINT256)), base, testFacts());
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.summary).toEqual(['Allow 0x3fC9…7FAD to spend an unlimited amount of USDC']);
    expect(c!.fields).toContainEqual({ label: 'Spender', value: ROUTER, format: 'address' });
    expect(codes(c)).toEqual(['unlimited-approval']);
  });

  test('an approval to an account without code is a warning', async () => {
    const c = await approveCard(call(calldata(SELECTOR.approve, BOB, 5_000_000n)), base, testFacts());
    expect(c!.summary).toEqual(['Allow 0x7099…79C8 to spend 5 USDC']);
    expect(codes(c)).toEqual(['approval-to-eoa']);
  });

  test('approve 0 is a revoke', async () => {
    const c = await approveCard(call(calldata(SELECTOR.approve, BOB, 0n)), base, testFacts());
    expect(c!.title).toBe('Revoke USDC approval');
    expect(c!.summary).toEqual(['Revoke the approval of 0x7099…79C8 for USDC']);
    expect(c!.risks).toEqual([]);
  });

  test('increaseAllowance says "more"', async () => {
    const c = await approveCard(
      call(calldata(SELECTOR.increaseAllowance, ROUTER, 1_500_000n)),
      base,
      testFacts(),
    );
    expect(c!.summary).toEqual(['Allow 0x3fC9…7FAD to spend 1.5 USDC more']);
    expect(c!.fields[0]).toEqual({ label: 'Function', value: 'increaseAllowance(address,uint256)' });
  });
});
