/**
 * secp256k1 private keys as users import them (64 hex digits, optional 0x) and their EVM address.
 * A valid key is an integer in 1..n-1, n the curve order (SEC 1 §3.2.1; BIP-32 "parse256(k) < n").
 *
 * @example
 * const sk = parsePrivateKey(pastedText); // 32 bytes, or an error naming privateKey (never its value)
 * const address = privateKeyToAddress(sk);
 * zero(sk);
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hexToBytes, isBytes } from '@noble/hashes/utils.js';
import { type Address, publicKeyToAddress } from '../chains/evm';
import { zero } from './zero';

const OUT_OF_RANGE =
  'privateKey: expected a secp256k1 secret key in 1..n-1 (n = curve order), got a value outside it';

/**
 * Parses a hex private key into 32 bytes the caller owns (and zeroes). Errors say what was
 * expected and, at most, how long the input was: the value is a secret and is never echoed.
 */
export function parsePrivateKey(hex: string): Uint8Array {
  if (typeof hex !== 'string') {
    throw new TypeError(`privateKey: expected a hex string, got ${hex === null ? 'null' : typeof hex}`);
  }
  // Pasted keys often carry a trailing newline or spaces; inside, only hex digits are allowed.
  const digits = hex.trim().replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) {
    throw new TypeError(
      'privateKey: expected hex digits (0-9, a-f) with an optional 0x prefix, got other characters',
    );
  }
  // No left-padding of short keys: a dropped digit is more likely a copy error than a leading zero.
  if (digits.length !== 64) {
    throw new TypeError(`privateKey: expected 32 bytes (64 hex digits), got ${digits.length} hex digits`);
  }
  const bytes = hexToBytes(digits);
  if (!secp256k1.utils.isValidSecretKey(bytes)) {
    zero(bytes);
    throw new RangeError(OUT_OF_RANGE);
  }
  return bytes;
}

/** The checksummed EVM address controlled by a 32-byte private key. */
export function privateKeyToAddress(privateKey: Uint8Array): Address {
  if (!isBytes(privateKey) || privateKey.length !== 32) {
    const got = isBytes(privateKey) ? `${privateKey.length} bytes` : typeof privateKey;
    throw new TypeError(`privateKey: expected 32 bytes, got ${got}`);
  }
  // Checked here rather than left to getPublicKey, whose error text we do not control.
  if (!secp256k1.utils.isValidSecretKey(privateKey)) throw new RangeError(OUT_OF_RANGE);
  return publicKeyToAddress(secp256k1.getPublicKey(privateKey, false));
}
