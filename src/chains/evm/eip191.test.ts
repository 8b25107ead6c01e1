import fc from 'fast-check';
import { hashMessage } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import { personalMessageHash, recoverPersonalSigner } from './eip191';
import { parseData, toHex } from './hex';

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

describe('recoverPersonalSigner (personal_ecRecover)', () => {
  // anvil's account 0 (the "test … junk" phrase): a public test key.
  const account = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');

  it('recovers the checksummed signer of a viem signMessage signature, with v 27/28 or 0/1', async () => {
    fc.assert(
      await fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (message) => {
        const signature = parseData(await account.signMessage({ message: { raw: message } }), 'signature');
        expect(recoverPersonalSigner(message, signature)).toBe(account.address);
        signature[64] = signature[64]! - 27;
        expect(recoverPersonalSigner(message, signature)).toBe(account.address);
      }),
      { numRuns: 20 },
    );
  });

  it('names the bad signature: wrong length, bad v, r out of range', async () => {
    const message = utf8('hello');
    const good = parseData(await account.signMessage({ message: 'hello' }), 'signature');
    expect(() => recoverPersonalSigner(message, good.subarray(0, 64))).toThrow(
      'signature: expected 65 bytes',
    );
    const badV = Uint8Array.from(good);
    badV[64] = 29;
    expect(() => recoverPersonalSigner(message, badV)).toThrow('signature: v must be 27 or 28');
    const zeroR = Uint8Array.from(good);
    zeroR.fill(0, 0, 32);
    expect(() => recoverPersonalSigner(message, zeroR, 'params[1]')).toThrow(
      'params[1]: not a valid secp256k1 signature',
    );
  });
});
