/**
 * Hex at the JSON-RPC boundary (https://ethereum.org/en/developers/docs/apis/json-rpc/#hex-encoding):
 * QUANTITY is a `0x`-prefixed big-endian number, DATA is `0x` + an even number of hex digits.
 * Values are validated where they enter and carried as `bigint` / `Uint8Array` inside.
 *
 *   const nonce = parseQuantity(await rpc(url, 'eth_getTransactionCount', [from, 'pending']), 'nonce');
 *   rpc(url, 'eth_getBalance', [from, toQuantity(123n)]);
 *   const code = parseData(await rpc(url, 'eth_getCode', [to, 'latest']), 'eth_getCode result');
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, concatBytes, hexToBytes, isBytes } from '@noble/hashes/utils.js';

/** `0x`-prefixed hex. noble's {@link bytesToHex}/{@link hexToBytes} work on bare digits (no `0x`). */
export type Hex = `0x${string}`;

export { bytesToHex, concatBytes, hexToBytes };

const QUANTITY_RE = /^0x[0-9a-fA-F]+$/;
const DATA_RE = /^0x(?:[0-9a-fA-F]{2})*$/;

/** The error-message rendering of a bad value: its head only, so secrets and huge inputs stay out. */
export function shortValue(value: unknown): string {
  if (typeof value === 'number') return `number ${value}`;
  if (typeof value === 'bigint') return value.toString().length <= 20 ? `${value}n` : 'a huge bigint';
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  return value.length <= 12 ? JSON.stringify(value) : `${JSON.stringify(`${value.slice(0, 10)}…`)}`;
}

/** A non-negative bigint as a JSON-RPC QUANTITY: no leading zeros, zero is "0x0". */
export function toQuantity(value: bigint): Hex {
  if (typeof value !== 'bigint' || value < 0n) {
    throw new TypeError(`quantity: expected a non-negative bigint, got ${shortValue(value)}`);
  }
  return `0x${value.toString(16)}`;
}

/**
 * Parses a QUANTITY a node sent. Leading zeros are tolerated (some nodes pad, e.g. "0x01"): the
 * number is the same, and refusing them would only break compatibility.
 * @param what - names the value in the error, e.g. 'eth_getTransactionCount result'.
 */
export function parseQuantity(hex: unknown, what: string): bigint {
  if (typeof hex !== 'string' || !QUANTITY_RE.test(hex)) {
    throw new TypeError(`${what}: expected a 0x-prefixed hex quantity, got ${shortValue(hex)}`);
  }
  return BigInt(hex);
}

/** Parses DATA (`0x` + whole bytes) into bytes. */
export function parseData(hex: unknown, what: string): Uint8Array {
  if (typeof hex !== 'string' || !DATA_RE.test(hex)) {
    throw new TypeError(`${what}: expected 0x-prefixed hex bytes, got ${shortValue(hex)}`);
  }
  return hexToBytes(hex.slice(2));
}

/** Bytes as `0x`-prefixed lowercase hex DATA. */
export function toHex(bytes: Uint8Array): Hex {
  if (!isBytes(bytes)) throw new TypeError(`bytes: expected a Uint8Array, got ${shortValue(bytes)}`);
  return `0x${bytesToHex(bytes)}`;
}

/** 2^48 - 1: integers up to here are exact as a number. */
const SMALL = 0xffff_ffff_ffffn;

/** Minimal big-endian bytes of a non-negative integer (zero is no bytes): RLP's integer form. */
export function bigintToBytes(value: bigint): Uint8Array {
  if (value === 0n) return new Uint8Array(0);
  if (value > 0n && value <= SMALL) {
    // Up to 48 bits: exact as a number, so the bytes come without a hex string in between.
    let length = 0;
    for (let x = Number(value); x > 0; x = Math.floor(x / 256)) length++;
    const out = new Uint8Array(length);
    for (let x = Number(value), i = length - 1; i >= 0; i--, x = Math.floor(x / 256)) out[i] = x % 256;
    return out;
  }
  const hex = value.toString(16);
  return hexToBytes(hex.length % 2 ? `0${hex}` : hex);
}

/** A big-endian unsigned integer from bytes (no bytes is zero). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytesToHex(bytes)}`);
}

/** A non-negative bigint left-padded to 32 bytes: one ABI / EIP-712 word. */
export function toWord(value: bigint): Uint8Array {
  if (value < 0n || value >= 1n << 256n) throw new RangeError('word: value does not fit in 256 bits');
  return hexToBytes(value.toString(16).padStart(64, '0'));
}

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

/**
 * EIP-55 (https://eips.ethereum.org/EIPS/eip-55) of `0x` + 40 hex digits in any case: the same
 * text as address.ts's toChecksumAddress, worked on char codes (no lower-cased copy, no hex string
 * of the hash). For hot paths that have already checked the shape, e.g. with isAddress.
 */
export function eip55(address: string): `0x${string}` {
  // keccak256 of the lowercase digits as ASCII text, not of the 20 bytes.
  const digits = new Uint8Array(40);
  for (let i = 0; i < 40; i++) {
    const c = address.charCodeAt(i + 2);
    digits[i] = c >= 0x41 && c <= 0x46 ? c + 0x20 : c; // A-F → a-f
  }
  const hash = keccak_256(digits);
  // A letter is upper case when its nibble of the hash (high nibble first) is 8 or more.
  for (let i = 0; i < 40; i++) {
    if (digits[i]! >= 0x61 && ((i & 1 ? hash[i >> 1]! : hash[i >> 1]! >> 4) & 0xf) >= 8)
      digits[i] = digits[i]! - 0x20;
  }
  return `0x${String.fromCharCode.apply(null, digits as unknown as number[])}`;
}

/**
 * address.ts's strict isAddress: `0x` + 40 hex digits, and a mixed-case one must match its EIP-55
 * checksum (one case carries none), with one hash and no string copies.
 */
export function isChecksummedAddress(x: unknown): x is `0x${string}` {
  if (typeof x !== 'string' || !ADDRESS_RE.test(x)) return false;
  let upper = false;
  let lower = false;
  for (let i = 2; i < 42; i++) {
    const c = x.charCodeAt(i);
    if (c >= 0x41 && c <= 0x46) upper = true;
    else if (c >= 0x61) lower = true;
  }
  return !(upper && lower) || eip55(x) === x;
}
