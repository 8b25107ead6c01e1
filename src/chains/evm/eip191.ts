/**
 * EIP-191 version 0x45 "personal_sign" message hashing (https://eips.ethereum.org/EIPS/eip-191):
 * keccak256("\x19Ethereum Signed Message:\n" + decimal byte length + message). The prefix makes a
 * signed message unusable as a signed transaction, whose RLP can never start with 0x19.
 *
 *   const digest = personalMessageHash(new TextEncoder().encode('hello')); // 32 bytes
 *   declassify.sign(key, labeled('public', digest), 'personal_sign for https://app.example');
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { concatBytes, isBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** The 32-byte digest of a personal_sign message given as its raw bytes. */
export function personalMessageHash(message: Uint8Array): Uint8Array {
  if (!isBytes(message)) throw new TypeError('message: expected a Uint8Array (the raw message bytes)');
  // The length is of the bytes, not of a hex or UTF-16 rendering of them.
  const prefix = utf8ToBytes(`\x19Ethereum Signed Message:\n${message.length}`);
  return keccak_256(concatBytes(prefix, message));
}
