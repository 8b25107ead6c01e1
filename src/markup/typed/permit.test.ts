import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { Card } from '../card';
import { BOB, base, ME, ROUTER, testFacts, USDC } from '../testData';
import { permitCard } from './permit';
import { PERMIT_TYPES, usdcPermit } from './testData';

describe('permitCard', () => {
  test('the USDC permit names the spender, the amount and the deadline', async () => {
    const c = await permitCard(usdcPermit(), base, testFacts());
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.kind).toBe('permit');
    expect(c!.title).toBe('Permit: approve USDC');
    expect(c!.summary).toEqual(['Allow 0x3fC9…7FAD to spend 10 USDC']);
    expect(c!.fields).toContainEqual({ label: 'Spender', value: ROUTER, format: 'address' });
    expect(c!.fields).toContainEqual({ label: 'Token', value: USDC, format: 'address' });
    expect(c!.fields).toContainEqual({ label: 'Owner', value: ME, format: 'address' });
    expect(c!.fields).toContainEqual({
      label: 'Signature valid until',
      value: '2026-01-01T00:00:00Z',
      format: 'date',
    });
    expect(c!.risks).toEqual([]);
  });

  test('a max-uint256 permit says "unlimited" and names the spender', async () => {
    const max = '115792089237316195423570985008687907853269984665640564039457584007913129639935';
    const c = await permitCard(usdcPermit({ value: max }), base, testFacts());
    expect(c!.summary).toEqual(['Allow 0x3fC9…7FAD to spend an unlimited amount of USDC']);
    expect(c!.risks.map((r) => [r.code, r.level])).toEqual([['unlimited-approval', 'danger']]);
  });

  test('a permit to an account without code is approval-to-eoa', async () => {
    const c = await permitCard(usdcPermit({ spender: BOB.toLowerCase() }), base, testFacts());
    expect(c!.summary).toEqual(['Allow 0x7099…79C8 to spend 10 USDC']);
    expect(c!.risks.map((r) => r.code)).toEqual(['approval-to-eoa']);
  });

  test('a look-alike struct (fields swapped or one more) is no permit', async () => {
    const swapped = usdcPermit();
    swapped.types.Permit = [PERMIT_TYPES[1]!, PERMIT_TYPES[0]!, ...PERMIT_TYPES.slice(2)];
    expect(await permitCard(swapped, base, testFacts())).toBeUndefined();
    const longer = usdcPermit();
    longer.types.Permit = [...PERMIT_TYPES, { name: 'to', type: 'address' }];
    expect(await permitCard(longer, base, testFacts())).toBeUndefined();
    expect(await permitCard(usdcPermit({ value: 'lots' }), base, testFacts())).toBeUndefined();
  });
});
