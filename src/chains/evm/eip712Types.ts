/**
 * EIP-712's atomic and dynamic member types (https://eips.ethereum.org/EIPS/eip-712#definition-of-typed-structured-data-%F0%9D%95%8A)
 * and how a JSON value of each reads. Shared by validation and hashing, so the value the
 * validator accepted is exactly the value that gets hashed.
 *
 *   atomicType('uint8');                               // { kind: 'int', signed: false, bits: 8 }
 *   parseAtomic(atomicType('address')!, '0xCd2a…', 'message.to.wallet'); // 20 bytes or a TypeError
 */
import { isAddress } from './address';
import { hexToBytes, isChecksummedAddress, shortValue } from './hex';

export type AtomicType =
  | { kind: 'int'; name: string; signed: boolean; bits: number }
  | { kind: 'fixedBytes'; name: string; size: number }
  | { kind: 'address' | 'bool' | 'string' | 'bytes'; name: string };

// Every valid name is listed up front, so lookups are exact and unknown names stay unknown (no regex
// that a "uint07" or "bytes33" could slip through).
const ATOMIC = new Map<string, AtomicType>();
for (const name of ['address', 'bool', 'string', 'bytes'] as const) ATOMIC.set(name, { kind: name, name });
for (let bits = 8; bits <= 256; bits += 8) {
  ATOMIC.set(`uint${bits}`, { kind: 'int', name: `uint${bits}`, signed: false, bits });
  ATOMIC.set(`int${bits}`, { kind: 'int', name: `int${bits}`, signed: true, bits });
}
for (let size = 1; size <= 32; size++)
  ATOMIC.set(`bytes${size}`, { kind: 'fixedBytes', name: `bytes${size}`, size });

export function atomicType(name: string): AtomicType | undefined {
  return ATOMIC.get(name);
}

/** `T[]` or `T[n]` → the element type and the fixed length (undefined when dynamic). */
export function arrayType(name: string): { of: string; length: number | undefined } | undefined {
  if (!name.endsWith(']')) return undefined;
  const open = name.lastIndexOf('[');
  if (open <= 0) return undefined;
  const digits = name.slice(open + 1, -1);
  if (digits === '') return { of: name.slice(0, open), length: undefined };
  if (!/^[1-9][0-9]{0,5}$/.test(digits)) return undefined; // T[0] is no type; a million is plenty
  return { of: name.slice(0, open), length: Number(digits) };
}

const DECIMAL_RE = /^-?(0|[1-9][0-9]*)$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const DATA_RE = /^0x(?:[0-9a-fA-F]{2})*$/;

function fail(path: string, expected: string, value: unknown): never {
  throw new TypeError(`${path}: expected ${expected}, got ${shortValue(value)}`);
}

/** [min, max) of an integer type. */
function bounds(t: Extract<AtomicType, { kind: 'int' }>): readonly [bigint, bigint] {
  const max = t.signed ? 1n << BigInt(t.bits - 1) : 1n << BigInt(t.bits);
  return [t.signed ? -max : 0n, max];
}

/** The bounds of every listed integer type (by identity: a hand-made type is worked out anew), once. */
const BOUNDS = new Map<AtomicType, readonly [bigint, bigint]>();
for (const t of ATOMIC.values()) if (t.kind === 'int') BOUNDS.set(t, bounds(t));

/** Reads an integer as dapps send it: a JSON number, a decimal string, a hex string or a bigint. */
function parseInteger(t: Extract<AtomicType, { kind: 'int' }>, value: unknown, path: string): bigint {
  let n: bigint | undefined;
  if (typeof value === 'bigint') n = value;
  // An integral number is signed as exactly BigInt(value), which is also what a card shows.
  else if (typeof value === 'number' && Number.isInteger(value)) n = BigInt(value);
  else if (typeof value === 'string' && (DECIMAL_RE.test(value) || HEX_RE.test(value))) n = BigInt(value);
  if (n === undefined) fail(path, `a ${t.name} (an integer as a number, decimal or 0x-hex string)`, value);
  const [min, max] = BOUNDS.get(t) ?? bounds(t);
  if (n < min || n >= max) {
    throw new TypeError(`${path}: expected a ${t.name}, got ${shortValue(value)} (out of range)`);
  }
  return n;
}

/**
 * The value of an atomic or dynamic member, checked against its type: a bigint for integers, a
 * boolean, a string, or bytes (20 for an address). `checksums: false` accepts any-case addresses.
 */
export function parseAtomic(
  t: AtomicType,
  value: unknown,
  path: string,
  checksums = true,
): bigint | boolean | string | Uint8Array {
  switch (t.kind) {
    case 'int':
      return parseInteger(t, value, path);
    case 'bool':
      return typeof value === 'boolean' ? value : fail(path, 'a bool (true or false)', value);
    case 'string':
      return typeof value === 'string' ? value : fail(path, 'a string', value);
    case 'address':
      // Strict EIP-55 when validating: a mixed-case address with a wrong checksum is a typo, not a
      // recipient. Hashing validated data skips the checksum's keccak (the bytes are the same).
      if (!(checksums ? isChecksummedAddress(value) : isAddress(value, { strict: false })))
        fail(path, 'an address', value);
      return hexToBytes((value as string).slice(2));
    case 'bytes':
      if (typeof value !== 'string' || !DATA_RE.test(value)) fail(path, 'bytes as 0x-prefixed hex', value);
      return hexToBytes(value.slice(2));
    case 'fixedBytes':
      if (typeof value !== 'string' || !DATA_RE.test(value) || value.length !== 2 + 2 * t.size) {
        fail(path, `a ${t.name} (0x + ${2 * t.size} hex digits)`, value);
      }
      return hexToBytes(value.slice(2));
  }
}
