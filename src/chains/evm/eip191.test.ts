import fc from 'fast-check';
import { hashMessage } from 'viem';
import { describe, expect, it } from 'vitest';
import { personalMessageHash } from './eip191';
import { toHex } from './hex';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('personalMessageHash (EIP-191)', () => {
  it('hashes "hello world" to the well-known digest', () => {
    // Same value in viem's and ethers' hashMessage docs.
    expect(toHex(personalMessageHash(utf8('hello world')))).toBe(
      '0xd9eba16ed0ecae432b71fe008c98cc872bb4cc214d3220a36f365326cf807d68',
    );
  });

  it('counts bytes, not characters: a multi-byte message', () => {
    const message = utf8('€'); // 3 bytes, 1 character
    expect(toHex(personalMessageHash(message))).toBe(hashMessage({ raw: message }));
    expect(toHex(personalMessageHash(message))).not.toBe(hashMessage({ raw: Uint8Array.of(0xe2) }));
  });

  it('matches viem hashMessage on random bytes (lengths crossing 9/10, 99/100 digits)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (message) => {
        expect(toHex(personalMessageHash(message))).toBe(hashMessage({ raw: message }));
      }),
    );
  });

  it('refuses a string (its encoding would be a guess)', () => {
    expect(() => personalMessageHash('hello' as never)).toThrow('message: expected a Uint8Array');
  });
});
