/**
 * Reading EIP-712 order messages (https://eips.ethereum.org/EIPS/eip-712): struct shapes from
 * `types`, and values that are what their declared type says. A value that is not (an amount
 * "abc", a 19-byte address) throws OrderShapeError; `orderCard` then yields no card, so the
 * generic typed-data card shows the raw tree instead of a confident but wrong summary.
 *
 *   if (!declares(data, 'Order', { sellToken: 'address', validTo: 'uint32' })) return undefined;
 *   const amount = uint(data.message, 'sellAmount'); // 100000000n
 */
import type { TypedData } from '../facts';

/** A recognised order struct whose message does not hold what the struct declares. */
export class OrderShapeError extends TypeError {
  override name = 'OrderShapeError';
}

export type Struct = Record<string, unknown>;

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000';
/** The placeholder many exchanges use for the chain's native coin. */
export const NATIVE_PLACEHOLDER = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

/** The declared type of `field` in struct `struct` ("uint256", "OfferItem[]"), or undefined. */
export function typeOf(data: TypedData, struct: string, field: string): string | undefined {
  const fields = data.types[struct];
  return Array.isArray(fields) ? fields.find((f) => f?.name === field)?.type : undefined;
}

/**
 * True when struct `struct` declares every field of `want` with that exact type; a RegExp matches
 * a family ("uint\\d+"). Extra fields are allowed: protocols add fields between versions.
 */
export function declares(data: TypedData, struct: string, want: Record<string, string | RegExp>): boolean {
  return Object.entries(want).every(([field, type]) => {
    const declared = typeOf(data, struct, field);
    if (declared === undefined) return false;
    return typeof type === 'string' ? declared === type : new RegExp(`^(?:${type.source})$`).test(declared);
  });
}

/** The struct behind `field` when it is a struct ("OrderInfo") or an array of them ("DutchOutput[]", "X[2][2]"). */
export function structOf(data: TypedData, struct: string, field: string): string | undefined {
  const declared = typeOf(data, struct, field)?.replace(/(?:\[\d*\])+$/, '');
  return declared !== undefined && Array.isArray(data.types[declared]) ? declared : undefined;
}

function fail(path: string, expected: string, value: unknown): never {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
  throw new OrderShapeError(`message.${path}: expected ${expected}, got ${shown}`);
}

/** An unsigned integer as dapps send it: bigint, safe integer, decimal or 0x-hex string. */
export function uint(s: Struct, key: string, path = key): bigint {
  const value = s[key];
  if (typeof value === 'bigint' && value >= 0n) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^(?:\d{1,78}|0x[0-9a-fA-F]{1,64})$/.test(value)) return BigInt(value);
  return fail(path, 'an unsigned integer', value);
}

/** A 20-byte hex address, as given (case kept; compare with sameAddress). */
export function address(s: Struct, key: string, path = key): string {
  const value = s[key];
  if (typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value)) return value;
  return fail(path, 'a 20-byte hex address', value);
}

export function text(s: Struct, key: string, path = key): string {
  const value = s[key];
  return typeof value === 'string' ? value : fail(path, 'a string', value);
}

export function struct(s: Struct, key: string, path = key): Struct {
  const value = s[key];
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Struct;
  return fail(path, 'a struct', value);
}

export function structs(s: Struct, key: string, path = key): Struct[] {
  const value = s[key];
  if (!Array.isArray(value)) return fail(path, 'an array', value);
  return value.map((_, i) => struct(value as unknown as Struct, String(i), `${path}[${i}]`));
}

/** Optional fields: the value when the message has it, else undefined. */
export function maybe<T>(read: (s: Struct, key: string) => T, s: Struct, key: string): T | undefined {
  return s[key] === undefined ? undefined : read(s, key);
}

/** The least of bigints (Math.min takes numbers only); undefined for none. */
export function least(values: readonly bigint[]): bigint | undefined {
  let out: bigint | undefined;
  for (const value of values) if (out === undefined || value < out) out = value;
  return out;
}

/** The greatest of bigints; undefined for none. */
export function greatest(values: readonly bigint[]): bigint | undefined {
  let out: bigint | undefined;
  for (const value of values) if (out === undefined || value > out) out = value;
  return out;
}

export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function isZeroAddress(a: string | undefined): boolean {
  return sameAddress(a, ZERO_ADDRESS);
}

/** The domain's name and version as one label ("Seaport 1.6"), for the card's protocol field. */
export function domainLabel(data: TypedData): string {
  const { name, version } = data.domain;
  return [name, version].filter((part) => typeof part === 'string' && part).join(' ');
}
