import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, test } from 'vitest';
import { argAddress, argBool, argUint, SELECTOR, selectorOf } from './calldata';
import { BOB, calldata } from './testData';

const SIGNATURES: Record<keyof typeof SELECTOR, string> = {
  transfer: 'transfer(address,uint256)',
  transferFrom: 'transferFrom(address,address,uint256)',
  approve: 'approve(address,uint256)',
  increaseAllowance: 'increaseAllowance(address,uint256)',
  setApprovalForAll: 'setApprovalForAll(address,bool)',
};

describe('calldata', () => {
  test('each selector is the first 4 bytes of keccak256 of its signature', () => {
    for (const [name, signature] of Object.entries(SIGNATURES)) {
      const hash = bytesToHex(keccak_256(new TextEncoder().encode(signature))).slice(0, 8);
      expect(SELECTOR[name as keyof typeof SELECTOR], signature).toBe(`0x${hash}`);
    }
  });

  test('reads a transfer(address,uint256) call', () => {
    const data = calldata(SELECTOR.transfer, BOB, 250_000_000n);
    expect(selectorOf(data)).toBe('0xa9059cbb');
    expect(argAddress(data, 0)).toBe(BOB);
    expect(argUint(data, 1)).toBe(250_000_000n);
    expect(argUint(data, 2)).toBeUndefined();
  });

  test('rejects an address word with dirty padding and a bool other than 0 or 1', () => {
    const data = calldata(SELECTOR.setApprovalForAll, (1n << 200n) | BigInt(BOB), 2n);
    expect(argAddress(data, 0)).toBeUndefined();
    expect(argBool(data, 1)).toBeUndefined();
    expect(argBool(calldata('0x00000000', true), 0)).toBe(true);
  });

  test('has no selector under 4 bytes', () => {
    expect(selectorOf(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
