/**
 * A signed Bitcoin input checked against an independent implementation (issue 9): BIP-143's
 * native P2WPKH example, whose signature Bitcoin Core made. Our sighash (sighashesOf) must be the
 * BIP's, Core's signature must verify over it, and the ring's signer must produce Core's bytes
 * (RFC 6979 deterministic nonces, low-s), so the witness we attach is the one Core would.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { Transaction } from '@scure/btc-signer';
import { describe, expect, it } from 'vitest';
import vector from '../../fixtures/bip143-native-p2wpkh.json' with { type: 'json' };
import { createRing, labeled, networkSink, type RecoverableSignature } from '../../ring';
import { type Plan, sighashesOf } from './transaction';

const input1 = vector.input1;

describe('BIP-143 native P2WPKH example (signed by Bitcoin Core)', () => {
  const tx = Transaction.fromRaw(hexToBytes(vector.unsignedTx), { allowUnknownOutputs: true });
  // Input 0 is a legacy P2PK coin, outside what Ringfence signs; only input 1 is P2WPKH.
  const p2wpkh = {
    txid: input1.txid,
    vout: input1.vout,
    amount: BigInt(input1.valueSats),
    script: hexToBytes(input1.scriptPubKey),
  };
  const plan: Plan = { tx, fee: 0n, spent: [{ ...p2wpkh, vout: 0 }, p2wpkh] };

  it('reads the outpoint of input 1 (txid in display order; the wire has it byte-reversed)', () => {
    expect(bytesToHex(tx.getInput(1).txid!)).toBe(input1.txid);
    expect(tx.getInput(1).index).toBe(1);
  });

  it("our sighash for input 1 is the BIP's, and Core's signature verifies over it", () => {
    const digest = sighashesOf(plan)[1]!;
    expect(bytesToHex(digest)).toBe(vector.sigHash);
    const core = secp256k1.Signature.fromBytes(hexToBytes(vector.signatureDer), 'der');
    expect(
      secp256k1.verify(core.toBytes('compact'), digest, hexToBytes(input1.publicKey), { prehash: false }),
    ).toBe(true);
  });

  it("the ring's sign declassifier makes Core's exact signature", () => {
    const ring = createRing();
    const digest = sighashesOf(plan)[1]!;
    const sig = ring.declassify.sign(
      labeled('secret', hexToBytes(input1.privateKey)),
      labeled('secret', digest),
      'test: BIP-143 vector',
    );
    // A signature is public: the network sink is where it goes anyway.
    let out: RecoverableSignature | undefined;
    ring.emit(
      networkSink((value) => {
        out = value as RecoverableSignature;
      }),
      sig,
    );
    const { r, s } = out!;
    const der = new secp256k1.Signature(r, s).toBytes('der');
    expect(bytesToHex(der)).toBe(vector.signatureDer);
  });
});
