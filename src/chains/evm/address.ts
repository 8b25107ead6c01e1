/**
 * EVM account addresses: EIP-55 mixed-case checksum encoding, validation at the boundary, and
 * derivation from a secp256k1 public key (Yellow Paper: the last 20 bytes of keccak256(X ‖ Y)).
 *
 * @example
 * const to = parseAddress(params.to, 'params[0].to'); // '0xfB69…' or a TypeError naming params[0].to
 * isAddress('0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359'); // true: one case carries no checksum
 * publicKeyToAddress(secp256k1.getPublicKey(secretKey, false)); // checksummed Address
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, isBytes } from '@noble/hashes/utils.js';

/** A 20-byte account address as `0x` + 40 hex digits; inside Ringfence always EIP-55 checksummed. */
export type Address = `0x${string}`;

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const utf8 = new TextEncoder();

/**
 * Short, safe rendering of a bad input for an error message: only the head and the length, so a
 * secret pasted into the wrong field (a 64-hex private key as a recipient) is not copied into
 * logs or UI, and a huge input cannot blow up a message.
 */
function short(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  if (value.length <= 8) return JSON.stringify(value);
  return `${JSON.stringify(`${value.slice(0, 6)}…`)} (${value.length} characters)`;
}

/** Applies the EIP-55 case rule to 40 lowercase hex digits. */
function checksum(lowerHex: string): Address {
  // EIP-55: hash the lowercase hex *as ASCII text*, not the 20 raw bytes.
  const hash = bytesToHex(keccak_256(utf8.encode(lowerHex)));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const c = lowerHex[i]!;
    out += Number.parseInt(hash[i]!, 16) >= 8 ? c.toUpperCase() : c;
  }
  return out as Address;
}

/**
 * EIP-55 checksummed form of an address given as 20 bytes or as `0x` + 40 hex digits in any case.
 * It re-cases without checking an existing checksum: use {@link parseAddress} for user input.
 */
export function toChecksumAddress(hexOrBytes: string | Uint8Array): Address {
  if (isBytes(hexOrBytes)) {
    if (hexOrBytes.length !== 20) {
      throw new TypeError(`address: expected 20 bytes, got ${hexOrBytes.length}`);
    }
    return checksum(bytesToHex(hexOrBytes));
  }
  if (typeof hexOrBytes !== 'string' || !ADDRESS_RE.test(hexOrBytes)) {
    throw new TypeError(`address: expected a 20-byte hex address, got ${short(hexOrBytes)}`);
  }
  return checksum(hexOrBytes.slice(2).toLowerCase());
}

export interface IsAddressOptions {
  /** Mixed-case input must match its EIP-55 checksum. Default true. */
  strict?: boolean;
}

/**
 * Whether `x` is `0x` + 40 hex digits. In strict mode (the default) a mixed-case address must
 * also match its EIP-55 checksum; all-lowercase and all-uppercase carry no checksum, so EIP-55
 * (backwards compatible with case-insensitive parsers) leaves them valid.
 */
export function isAddress(x: unknown, { strict = true }: IsAddressOptions = {}): x is Address {
  if (typeof x !== 'string' || !ADDRESS_RE.test(x)) return false;
  if (!strict) return true;
  const digits = x.slice(2);
  const lower = digits.toLowerCase();
  if (digits === lower || digits === digits.toUpperCase()) return true;
  return checksum(lower) === x;
}

/**
 * Validates an address at a boundary and returns its checksummed form. A mixed-case address
 * whose checksum fails is rejected: EIP-55 exists to catch exactly that typo.
 * @param argName - names the argument in the error, e.g. 'params[0].to'.
 */
export function parseAddress(x: unknown, argName = 'address'): Address {
  if (typeof x !== 'string' || !ADDRESS_RE.test(x)) {
    throw new TypeError(`${argName}: expected a 20-byte hex address, got ${short(x)}`);
  }
  if (!isAddress(x, { strict: true })) {
    throw new TypeError(`${argName}: EIP-55 checksum mismatch (a character is mistyped), got ${short(x)}`);
  }
  return checksum(x.slice(2).toLowerCase());
}

/**
 * The address of a secp256k1 public key: 65-byte uncompressed (0x04 ‖ X ‖ Y), 33-byte compressed,
 * or 64-byte raw X ‖ Y. The point is checked to lie on the curve, so a malformed key cannot
 * yield an address nobody controls.
 */
export function publicKeyToAddress(publicKey: Uint8Array): Address {
  if (!isBytes(publicKey) || ![33, 64, 65].includes(publicKey.length)) {
    const got = isBytes(publicKey) ? `${publicKey.length} bytes` : typeof publicKey;
    throw new TypeError(`publicKey: expected a 33-, 64- or 65-byte secp256k1 public key, got ${got}`);
  }
  const sec1 = publicKey.length === 64 ? Uint8Array.of(0x04, ...publicKey) : publicKey;
  let uncompressed: Uint8Array;
  try {
    uncompressed = secp256k1.Point.fromBytes(sec1).toBytes(false);
  } catch {
    throw new TypeError('publicKey: expected a point on secp256k1, got bytes that do not decode to one');
  }
  // Drop the 0x04 prefix: Ethereum hashes the bare 64-byte X ‖ Y.
  return toChecksumAddress(keccak_256(uncompressed.subarray(1)).subarray(12));
}
