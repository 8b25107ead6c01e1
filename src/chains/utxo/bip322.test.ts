/**
 * BIP-322 simple signatures against the BIP's own test vectors (src/fixtures/bip322-vectors.json):
 * message hashes, the to_spend / to_sign txids, both published signatures verifying over our digest
 * (noble's verify, independent of how we sign), and our signature matching one of them byte for byte.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SigHash, WIF } from '@scure/btc-signer';
import { describe, expect, it } from 'vitest';
import vectors from '../../fixtures/bip322-vectors.json';
import { p2wpkhAddress, validateUtxoAddress } from './address';
import { bip322MessageHash, bip322Signature, bip322ToSign, bip322WitnessOf } from './bip322';
import { UTXO_NETWORKS } from './networks';

const key = WIF().decode(vectors.privateKeyWif);
const publicKey = secp256k1.getPublicKey(key, true);
const script = validateUtxoAddress(vectors.address, UTXO_NETWORKS.bitcoin);

describe('BIP-322 simple (P2WPKH), official vectors', () => {
  it('the vector key is the vector address', () => {
    expect(p2wpkhAddress(publicKey, UTXO_NETWORKS.bitcoin)).toBe(vectors.address);
  });

  for (const v of vectors.vectors) {
    describe(`message ${JSON.stringify(v.message)}`, () => {
      const { toSpend, toSign, digest } = bip322ToSign(script, v.message);

      it('hashes the message and builds to_spend / to_sign with the published txids', () => {
        expect(bytesToHex(bip322MessageHash(v.message))).toBe(v.messageHash);
        expect(toSpend.id).toBe(v.toSpend);
        expect(toSign.id).toBe(v.toSign);
      });

      it('both published signatures verify over our to_sign digest', () => {
        for (const signature of v.signatures) {
          const [sig, pub] = bip322WitnessOf(signature);
          expect(bytesToHex(pub!)).toBe(bytesToHex(publicKey));
          expect(sig!.at(-1)).toBe(SigHash.ALL);
          const der = sig!.slice(0, -1);
          expect(secp256k1.verify(der, digest, pub!, { prehash: false, format: 'der' })).toBe(true);
        }
      });

      it('our signature (RFC 6979, low-s) is one of the published ones', () => {
        const rs = secp256k1.sign(digest, key, { prehash: false });
        expect(v.signatures).toContain(bip322Signature(publicKey, rs));
      });
    });
  }

  it('refuses a non-P2WPKH address and a bad public key, naming the argument', () => {
    const taproot = validateUtxoAddress(
      'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr',
      UTXO_NETWORKS.bitcoin,
    );
    expect(() => bip322ToSign(taproot, 'x')).toThrow(/^address: .*P2WPKH/);
    expect(() => bip322Signature(new Uint8Array(32), new Uint8Array(64))).toThrow(/^publicKey: /);
  });
});
