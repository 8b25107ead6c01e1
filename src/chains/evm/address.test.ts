import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import hardhat from '../../fixtures/eth-hardhat-default-accounts.json';
import { isAddress, parseAddress, publicKeyToAddress, toChecksumAddress } from './address';

// EIP-55 "Test Cases" (https://eips.ethereum.org/EIPS/eip-55): each is its own checksummed form.
const EIP55 = {
  allCaps: ['0x52908400098527886E0F7030069857D2E4169EE7', '0x8617E340B3D01FA5F11F306F4090FD50E238070D'],
  allLower: ['0xde709f2102306220921060314715629080e2fb77', '0x27b1fdb04752bbc536007a920d24acb045561c26'],
  normal: [
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
  ],
};
const ALL_EIP55 = [...EIP55.allCaps, ...EIP55.allLower, ...EIP55.normal];

/** Flips the case of the first letter in the address body: a one-character checksum typo. */
function flipFirstLetter(address: string): string {
  const i = address.slice(2).search(/[a-fA-F]/) + 2;
  const c = address[i]!;
  const flipped = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
  return address.slice(0, i) + flipped + address.slice(i + 1);
}

describe('toChecksumAddress (EIP-55)', () => {
  it.each(ALL_EIP55)('%s from lowercase, uppercase and bytes', (expected) => {
    const body = expected.slice(2);
    expect(toChecksumAddress(`0x${body.toLowerCase()}`)).toBe(expected);
    expect(toChecksumAddress(`0x${body.toUpperCase()}`)).toBe(expected);
    expect(toChecksumAddress(hexToBytes(body))).toBe(expected);
  });

  it('rejects wrong shapes and lengths', () => {
    expect(() => toChecksumAddress(new Uint8Array(19))).toThrow('address: expected 20 bytes, got 19');
    expect(() => toChecksumAddress('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toThrow(TypeError);
    expect(() => toChecksumAddress('0x1234')).toThrow(
      'address: expected a 20-byte hex address, got "0x1234"',
    );
  });
});

describe('isAddress', () => {
  it('accepts the EIP-55 vectors in strict mode', () => {
    for (const a of ALL_EIP55) expect(isAddress(a)).toBe(true);
  });

  it('accepts single-case addresses (no checksum to check) in strict mode', () => {
    for (const a of EIP55.normal) {
      expect(isAddress(a.toLowerCase())).toBe(true);
      expect(isAddress(`0x${a.slice(2).toUpperCase()}`)).toBe(true);
    }
  });

  it('rejects a mixed-case typo when strict, accepts it when not', () => {
    for (const a of EIP55.normal) {
      const typo = flipFirstLetter(a);
      expect(isAddress(typo)).toBe(false);
      expect(isAddress(typo, { strict: false })).toBe(true);
    }
  });

  it('rejects non-addresses', () => {
    for (const x of [
      null,
      undefined,
      42,
      '',
      '0x',
      '0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      `0x${'g'.repeat(40)}`,
    ]) {
      expect(isAddress(x, { strict: false })).toBe(false);
    }
    expect(isAddress(`${EIP55.normal[0]}00`)).toBe(false);
  });
});

describe('parseAddress', () => {
  it('returns the checksummed form', () => {
    for (const a of ALL_EIP55) {
      expect(parseAddress(a)).toBe(a);
      expect(parseAddress(a.toLowerCase())).toBe(a);
    }
  });

  it('names the argument and shortens the bad value', () => {
    expect(() => parseAddress('0x1234', 'params[0].to')).toThrow(
      new TypeError('params[0].to: expected a 20-byte hex address, got "0x1234"'),
    );
    const long = `0x${'ab'.repeat(32)}`; // e.g. a private key pasted into the recipient field
    expect(() => parseAddress(long, 'to')).toThrow(
      new TypeError('to: expected a 20-byte hex address, got "0xabab…" (66 characters)'),
    );
    expect(() => parseAddress(123)).toThrow('address: expected a 20-byte hex address, got number');
    expect(() => parseAddress(null)).toThrow('address: expected a 20-byte hex address, got null');
  });

  it('rejects a mixed-case address whose checksum fails', () => {
    const typo = flipFirstLetter(EIP55.normal[0]!);
    expect(() => parseAddress(typo, 'params[0].to')).toThrow(/^params\[0\]\.to: EIP-55 checksum mismatch/);
  });
});

describe('publicKeyToAddress', () => {
  it('derives every hardhat default account from its key (65-, 33- and 64-byte forms)', () => {
    for (const { privateKey, address } of hardhat.accounts) {
      const sk = hexToBytes(privateKey.slice(2));
      const uncompressed = secp256k1.getPublicKey(sk, false);
      expect(publicKeyToAddress(uncompressed)).toBe(address);
      expect(publicKeyToAddress(secp256k1.getPublicKey(sk, true))).toBe(address);
      expect(publicKeyToAddress(uncompressed.subarray(1))).toBe(address);
    }
  });

  it('rejects wrong lengths and points off the curve', () => {
    expect(() => publicKeyToAddress(new Uint8Array(32))).toThrow(
      /^publicKey: expected a 33-, 64- or 65-byte/,
    );
    const offCurve = new Uint8Array(65);
    offCurve[0] = 0x04;
    expect(() => publicKeyToAddress(offCurve)).toThrow(/^publicKey: expected a point on secp256k1/);
  });
});

describe('checksum round-trip (property)', () => {
  it('bytes → checksummed → bytes is identity, and the result always validates', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const address = toChecksumAddress(bytes);
        expect(address.slice(2).toLowerCase()).toBe(bytesToHex(bytes));
        expect(isAddress(address)).toBe(true);
        expect(parseAddress(address.toLowerCase())).toBe(address);
        expect(toChecksumAddress(hexToBytes(address.slice(2)))).toBe(address);
      }),
    );
  });
});
