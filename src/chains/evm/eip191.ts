/**
 * EIP-191 version 0x45 "personal_sign" message hashing (https://eips.ethereum.org/EIPS/eip-191):
 * keccak256("\x19Ethereum Signed Message:\n" + decimal byte length + message). The prefix makes a
 * signed message unusable as a signed transaction, whose RLP can never start with 0x19.
 *
 *   const digest = personalMessageHash(new TextEncoder().encode('hello')); // 32 bytes
 *   declassify.sign(key, labeled('public', digest), 'personal_sign for https://app.example');
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { concatBytes, isBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Address, publicKeyToAddress } from './address';
import { bytesToBigInt } from './hex';

/** The 32-byte digest of a personal_sign message given as its raw bytes. */
export function personalMessageHash(message: Uint8Array): Uint8Array {
  if (!isBytes(message)) throw new TypeError('message: expected a Uint8Array (the raw message bytes)');
  // The length is of the bytes, not of a hex or UTF-16 rendering of them.
  const prefix = utf8ToBytes(`\x19Ethereum Signed Message:\n${message.length}`);
  return keccak_256(concatBytes(prefix, message));
}

/**
 * The account that signed `message` with personal_sign: `signature` is the 65 bytes r ‖ s ‖ v
 * that personal_sign returns (v 27/28, or 0/1). Throws a TypeError naming `what` when it is not one.
 */
export function recoverPersonalSigner(
  message: Uint8Array,
  signature: Uint8Array,
  what = 'signature',
): Address {
  if (!isBytes(signature) || signature.length !== 65)
    throw new TypeError(`${what}: expected 65 bytes (r, s, v)`);
  const v = signature[64]!;
  const recovery = v >= 27 ? v - 27 : v;
  if (recovery !== 0 && recovery !== 1) throw new TypeError(`${what}: v must be 27 or 28 (or 0 or 1)`);
  let publicKey: Uint8Array;
  try {
    const r = bytesToBigInt(signature.subarray(0, 32));
    const s = bytesToBigInt(signature.subarray(32, 64));
    const sig = new secp256k1.Signature(r, s).addRecoveryBit(recovery);
    publicKey = sig.recoverPublicKey(personalMessageHash(message)).toBytes(false);
  } catch {
    throw new TypeError(`${what}: not a valid secp256k1 signature`);
  }
  return publicKeyToAddress(publicKey);
}
