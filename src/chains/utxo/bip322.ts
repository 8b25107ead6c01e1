/**
 * BIP-322 "simple" signed messages for P2WPKH addresses
 * (https://github.com/bitcoin/bips/blob/master/bip-0322.mediawiki), built with @scure/btc-signer:
 * the virtual `to_spend` transaction commits to the message's tagged hash and pays the address's
 * script; `to_sign` spends it to OP_RETURN. The signature is `to_sign`'s witness (BIP-143 digest,
 * SIGHASH_ALL), serialised as a witness stack and base64-encoded. The key never comes here: the
 * caller signs the digest (the ring's `sign` declassifier) and hands back r ‖ s.
 *
 *   const { digest } = bip322ToSign(script, 'Hello World');
 *   const signature = bip322Signature(publicKey, rs);   // 'AkcwRAIg…'
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { OutScript, RawWitness, Script, SigHash, Transaction } from '@scure/btc-signer';

const TAG = sha256(utf8ToBytes('BIP0322-signed-message'));
const VIRTUAL = { version: 0, allowUnknownVersion: true, allowUnknownOutputs: true } as const;

/** BIP-340 tagged hash of the message bytes, tag "BIP0322-signed-message". */
export function bip322MessageHash(message: string | Uint8Array): Uint8Array {
  const bytes = typeof message === 'string' ? utf8ToBytes(message) : message;
  return sha256(concatBytes(TAG, TAG, bytes));
}

/** to_spend: one input 000…000:0xFFFFFFFF with scriptSig OP_0 PUSH32[message hash], one 0-value output to `script`. */
export function bip322ToSpend(script: Uint8Array, message: string | Uint8Array): Transaction {
  const tx = new Transaction(VIRTUAL);
  // The output first: btc-signer freezes the outputs once an input carries a final scriptSig.
  tx.addOutput({ script, amount: 0n });
  tx.addInput({
    txid: new Uint8Array(32),
    index: 0xffffffff,
    sequence: 0,
    finalScriptSig: Script.encode(['OP_0', bip322MessageHash(message)]),
  });
  return tx;
}

/** P2WPKH scriptPubKey → its 20-byte key hash; anything else is refused (only "simple" P2WPKH is signed). */
function keyHashOf(script: Uint8Array): Uint8Array {
  const decoded = OutScript.decode(script);
  if (decoded.type !== 'wpkh') throw new TypeError('address: BIP-322 signing supports P2WPKH addresses only');
  return decoded.hash;
}

/** to_sign spending to_spend:0 to OP_RETURN, and the BIP-143 digest its one input signs. */
export function bip322ToSign(script: Uint8Array, message: string | Uint8Array) {
  const hash = keyHashOf(script);
  const toSpend = bip322ToSpend(script, message);
  const tx = new Transaction(VIRTUAL);
  tx.addInput({ txid: toSpend.id, index: 0, sequence: 0, witnessUtxo: { script, amount: 0n } });
  tx.addOutput({ script: Script.encode(['RETURN']), amount: 0n });
  const scriptCode = OutScript.encode({ type: 'pkh', hash });
  const digest = tx.preimageWitnessV0(0, scriptCode, SigHash.ALL, 0n);
  return { toSpend, toSign: tx, digest };
}

/** The simple signature: base64 of the witness stack [DER(r, s) ‖ SIGHASH_ALL, public key]. */
export function bip322Signature(publicKey: Uint8Array, rs: Uint8Array): string {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 33)
    throw new TypeError('publicKey: expected a 33-byte compressed secp256k1 key');
  const der = secp256k1.Signature.fromBytes(rs.slice(0, 64), 'compact').toBytes('der');
  return base64.encode(RawWitness.encode([concatBytes(der, Uint8Array.of(SigHash.ALL)), publicKey]));
}

/** The witness stack items of a simple signature (for checks and tests). */
export function bip322WitnessOf(signature: string): Uint8Array[] {
  return RawWitness.decode(base64.decode(signature));
}
