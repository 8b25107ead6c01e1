import { secp256k1 } from '@noble/curves/secp256k1.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { compressedPublicKey, openSealed, sealBytes } from './guardianSeal.js';
import { unwrap } from './internal.js';

const share = utf8ToBytes('share #2 of 3: 0123456789abcdef');

describe('guardian envelope', () => {
  const guardian = secp256k1.keygen();

  it('round-trips with a compressed or uncompressed guardian key, fresh randomness each time', () => {
    const a = sealBytes(share, guardian.publicKey);
    const b = sealBytes(share, secp256k1.getPublicKey(guardian.secretKey, false));
    expect(a).not.toEqual(b);
    expect(unwrap(openSealed(a, guardian.secretKey))).toEqual(share);
    expect(unwrap(openSealed(b, guardian.secretKey))).toEqual(share);
  });

  it('detects tampering in any part of the envelope', () => {
    const env = sealBytes(share, guardian.publicKey);
    for (const i of [5, 33 + 3, 33 + 24 + 1, env.length - 1]) {
      const bad = env.slice();
      bad[i]! ^= 1;
      expect(() => openSealed(bad, guardian.secretKey), `byte ${i}`).toThrow(/openSealed: sealed:/);
    }
    expect(() => openSealed(env.subarray(0, env.length - 1), guardian.secretKey)).toThrow(
      /openSealed: sealed:/,
    );
    expect(() => openSealed(env.subarray(0, 40), guardian.secretKey)).toThrow(/expected at least 73 bytes/);
  });

  it('cannot be opened by another key', () => {
    const env = sealBytes(share, guardian.publicKey);
    expect(() => openSealed(env, secp256k1.keygen().secretKey)).toThrow(/authentication failed/);
    expect(() => openSealed(env, new Uint8Array(32))).toThrow(/openSealed: guardianPrivateKey:/);
  });
});

describe('compressedPublicKey', () => {
  const { secretKey, publicKey } = secp256k1.keygen();

  it('gives the 33-byte form of a compressed or uncompressed key', () => {
    expect(compressedPublicKey(publicKey, 'k')).toEqual(publicKey);
    expect(compressedPublicKey(secp256k1.getPublicKey(secretKey, false), 'k')).toEqual(publicKey);
  });

  it('refuses what is not a public key, naming the argument', () => {
    const offCurve = publicKey.slice();
    offCurve[0] = 0x02;
    offCurve.fill(0xff, 1); // x ≥ p: no point has it
    const bad: unknown[] = [
      new Uint8Array(33), // prefix 0: neither compressed nor uncompressed
      publicKey.subarray(0, 32),
      secretKey, // 32 bytes
      offCurve,
      Uint8Array.of(0), // the identity's SEC1 encoding
      Array.from(publicKey),
      undefined,
    ];
    for (const value of bad)
      expect(() => compressedPublicKey(value as Uint8Array, 'sealToGuardian: guardianPublicKey')).toThrow(
        /^sealToGuardian: guardianPublicKey: expected a 33- or 65-byte secp256k1 public key$/,
      );
  });
});
