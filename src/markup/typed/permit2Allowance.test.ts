import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { Card } from '../card';
import type { TypedData } from '../facts';
import { MAX_UINT160 } from '../format';
import { base, DAI, PERMIT2, ROUTER, testFacts, USDC } from '../testData';
import { permit2AllowanceCard } from './permit2Allowance';

const DETAILS = [
  { name: 'token', type: 'address' },
  { name: 'amount', type: 'uint160' },
  { name: 'expiration', type: 'uint48' },
  { name: 'nonce', type: 'uint48' },
];

// As the Uniswap interface asks for it: Permit2's domain has no version.
function permit2(
  primaryType: 'PermitSingle' | 'PermitBatch',
  details: unknown,
  verifyingContract = PERMIT2,
): TypedData {
  return {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      [primaryType]: [
        { name: 'details', type: primaryType === 'PermitSingle' ? 'PermitDetails' : 'PermitDetails[]' },
        { name: 'spender', type: 'address' },
        { name: 'sigDeadline', type: 'uint256' },
      ],
      PermitDetails: DETAILS,
    },
    primaryType,
    domain: { name: 'Permit2', chainId: 1, verifyingContract },
    message: { details, spender: ROUTER, sigDeadline: '1767225600' },
  };
}

describe('permit2AllowanceCard', () => {
  test('PermitSingle: spender, unlimited amount in words, and when the allowance ends', async () => {
    const details = { token: USDC, amount: MAX_UINT160.toString(), expiration: '1769904000', nonce: '0' };
    const c = await permit2AllowanceCard(permit2('PermitSingle', details), base, testFacts());
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.summary).toEqual([
      'Allow 0x3fC9…7FAD to spend an unlimited amount of USDC until 2026-02-01T00:00:00Z',
    ]);
    expect(c!.fields).toContainEqual({
      label: 'Allowance ends',
      value: '2026-02-01T00:00:00Z',
      format: 'date',
    });
    expect(c!.fields).toContainEqual({ label: 'Spender', value: ROUTER, format: 'address' });
    expect(c!.risks.map((r) => r.code)).toEqual(['unlimited-approval']);
  });

  test('PermitBatch: one line per token', async () => {
    const details = [
      { token: USDC, amount: '5000000', expiration: 1769904000, nonce: 1 },
      { token: DAI, amount: '0', expiration: 0, nonce: 4 },
    ];
    const c = await permit2AllowanceCard(permit2('PermitBatch', details), base, testFacts());
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.title).toBe('Permit2: approve USDC, DAI');
    expect(c!.summary).toEqual([
      'Allow 0x3fC9…7FAD to spend 5 USDC until 2026-02-01T00:00:00Z',
      'Revoke the approval of 0x3fC9…7FAD for DAI',
    ]);
    expect(c!.fields.map((f) => f.label)).toContain('2. DAI');
  });

  test('the same structs on another contract are not Permit2', async () => {
    const details = { token: USDC, amount: '1', expiration: 0, nonce: 0 };
    expect(
      await permit2AllowanceCard(permit2('PermitSingle', details, ROUTER), base, testFacts()),
    ).toBeUndefined();
  });
});
