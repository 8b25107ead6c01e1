import { describe, expect, test } from 'vitest';
import type { TypedData } from '../facts';
import { base, DAI, ME, ROUTER, testFacts } from '../testData';
import { daiPermitCard } from './daiPermit';

// DAI's permit as dapps send it for mainnet DAI (domain "Dai Stablecoin", version "1").
function daiPermit(allowed: boolean, expiry: number | string = 0): TypedData {
  return {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'version', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      Permit: [
        { name: 'holder', type: 'address' },
        { name: 'spender', type: 'address' },
        { name: 'nonce', type: 'uint256' },
        { name: 'expiry', type: 'uint256' },
        { name: 'allowed', type: 'bool' },
      ],
    },
    primaryType: 'Permit',
    domain: { name: 'Dai Stablecoin', version: '1', chainId: 1, verifyingContract: DAI },
    message: { holder: ME, spender: ROUTER, nonce: 3, expiry, allowed },
  };
}

describe('daiPermitCard', () => {
  test('allowed=true is an unlimited approval that, with expiry 0, never expires', async () => {
    const c = await daiPermitCard(daiPermit(true), base, testFacts());
    expect(c!.summary).toEqual(['Allow 0x3fC9…7FAD to spend an unlimited amount of DAI']);
    expect(c!.fields).toContainEqual({ label: 'Signature valid until', value: 'never', format: 'date' });
    expect(c!.fields).toContainEqual({ label: 'Holder', value: ME, format: 'address' });
    expect(c!.risks.map((r) => r.code)).toEqual(['unlimited-approval']);
  });

  test('allowed=false is a revoke', async () => {
    const c = await daiPermitCard(daiPermit(false, '1767225600'), base, testFacts());
    expect(c!.title).toBe('DAI permit: revoke DAI');
    expect(c!.summary).toEqual(['Revoke the approval of 0x3fC9…7FAD for DAI']);
    expect(c!.fields).toContainEqual({
      label: 'Signature valid until',
      value: '2026-01-01T00:00:00Z',
      format: 'date',
    });
    expect(c!.risks).toEqual([]);
  });

  test('an EIP-2612 permit is not DAI-style', async () => {
    const data = daiPermit(true);
    data.types.Permit = data.types.Permit!.map((f) => (f.name === 'allowed' ? { ...f, type: 'uint256' } : f));
    expect(await daiPermitCard(data, base, testFacts())).toBeUndefined();
  });
});
