import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import hardhat from '../fixtures/eth-hardhat-default-accounts.json';
import { parsePrivateKey, privateKeyToAddress } from './privateKey';

// secp256k1 group order n (SEC 2 §2.4.1).
const N = 'fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141';
const hex64 = (v: bigint) => v.toString(16).padStart(64, '0');

/** The call must throw an error naming privateKey that contains no 6-character run of the input. */
function expectRejectedWithoutEcho(input: string, type: typeof TypeError | typeof RangeError): void {
  let error: unknown;
  try {
    parsePrivateKey(input);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(type);
  const message = (error as Error).message;
  expect(message).toMatch(/^privateKey: expected /);
  const body = input.trim().replace(/^0x/i, '');
  for (let i = 0; i + 6 <= body.length; i++) expect(message).not.toContain(body.slice(i, i + 6));
}

describe('parsePrivateKey', () => {
  it('parses every hardhat key with or without 0x, any case, with surrounding whitespace', () => {
    for (const { privateKey } of hardhat.accounts) {
      const bare = privateKey.slice(2);
      for (const form of [privateKey, bare, bare.toUpperCase(), `0X${bare}`, `  ${privateKey}\n`]) {
        expect(bytesToHex(parsePrivateKey(form))).toBe(bare);
      }
    }
  });

  it('accepts the range ends 1 and n-1', () => {
    expect(bytesToHex(parsePrivateKey(hex64(1n)))).toBe(hex64(1n));
    expect(bytesToHex(parsePrivateKey(hex64(BigInt(`0x${N}`) - 1n)))).toBe(hex64(BigInt(`0x${N}`) - 1n));
  });

  it('rejects 0, n and n+1 (outside 1..n-1) without echoing them', () => {
    for (const v of [0n, BigInt(`0x${N}`), BigInt(`0x${N}`) + 1n]) {
      expectRejectedWithoutEcho(hex64(v), RangeError);
      expectRejectedWithoutEcho(`0x${hex64(v)}`, RangeError);
    }
  });

  it('rejects wrong lengths (31 and 33 bytes, odd) without echoing them', () => {
    const key = hardhat.accounts[0]!.privateKey.slice(2);
    expectRejectedWithoutEcho(key.slice(0, 62), TypeError);
    expectRejectedWithoutEcho(`${key}00`, TypeError);
    expectRejectedWithoutEcho(key.slice(0, 63), TypeError);
    expect(() => parsePrivateKey(key.slice(0, 62))).toThrow(
      'expected 32 bytes (64 hex digits), got 62 hex digits',
    );
  });

  it('rejects non-hex characters without echoing them', () => {
    const key = hardhat.accounts[0]!.privateKey.slice(2);
    expectRejectedWithoutEcho(`${key.slice(0, 63)}g`, TypeError);
    expectRejectedWithoutEcho(`${key.slice(0, 32)} ${key.slice(32)}`, TypeError);
    expect(() => parsePrivateKey(12 as unknown as string)).toThrow(
      new TypeError('privateKey: expected a hex string, got number'),
    );
  });
});

describe('privateKeyToAddress', () => {
  it.each(hardhat.accounts)('account $index → $address', ({ privateKey, address }) => {
    expect(privateKeyToAddress(parsePrivateKey(privateKey))).toBe(address);
  });

  it('rejects wrong lengths and out-of-range keys', () => {
    expect(() => privateKeyToAddress(new Uint8Array(31))).toThrow(
      new TypeError('privateKey: expected 32 bytes, got 31 bytes'),
    );
    expect(() => privateKeyToAddress(new Uint8Array(32))).toThrow(RangeError);
  });
});
