import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { Card } from '../card';
import type { TypedData } from '../facts';
import { MAX_UINT256 } from '../format';
import { BOB, base, DAI, PERMIT2, testFacts, USDC } from '../testData';
import { permit2TransferCard } from './permit2Transfer';

function transfer(
  primaryType: 'PermitTransferFrom' | 'PermitBatchTransferFrom',
  permitted: unknown,
): TypedData {
  return {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      [primaryType]: [
        {
          name: 'permitted',
          type: primaryType === 'PermitTransferFrom' ? 'TokenPermissions' : 'TokenPermissions[]',
        },
        { name: 'spender', type: 'address' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
      ],
      TokenPermissions: [
        { name: 'token', type: 'address' },
        { name: 'amount', type: 'uint256' },
      ],
    },
    primaryType,
    domain: { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2.toLowerCase() },
    message: { permitted, spender: BOB, nonce: '7', deadline: '1767225600' },
  };
}

describe('permit2TransferCard', () => {
  test('PermitTransferFrom: a one-time take, to an account without code', async () => {
    const c = await permit2TransferCard(
      transfer('PermitTransferFrom', { token: USDC, amount: '250000000' }),
      base,
      testFacts(),
    );
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.title).toBe('Permit2: transfer USDC');
    expect(c!.summary).toEqual(['Allow 0x7099…79C8 to take 250 USDC from your account, once']);
    expect(c!.fields).toContainEqual({
      label: 'Signature valid until',
      value: '2026-01-01T00:00:00Z',
      format: 'date',
    });
    expect(c!.risks.map((r) => r.code)).toEqual(['approval-to-eoa']);
  });

  test('PermitBatchTransferFrom: every token, unlimited in words', async () => {
    const permitted = [
      { token: USDC, amount: '1000000' },
      { token: DAI, amount: MAX_UINT256.toString() },
    ];
    const c = await permit2TransferCard(transfer('PermitBatchTransferFrom', permitted), base, testFacts());
    expect(c!.summary).toEqual([
      'Allow 0x7099…79C8 to take 1 USDC from your account, once',
      'Allow 0x7099…79C8 to take an unlimited amount of DAI from your account, once',
    ]);
    expect(c!.risks.map((r) => r.code)).toEqual(['unlimited-approval', 'approval-to-eoa']);
  });

  test('a malformed entry makes it no Permit2 card', async () => {
    const permitted = [{ token: USDC, amount: '-1' }];
    expect(
      await permit2TransferCard(transfer('PermitBatchTransferFrom', permitted), base, testFacts()),
    ).toBeUndefined();
  });
});
