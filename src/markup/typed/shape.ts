/**
 * Reading EIP-712 typed data defensively (https://eips.ethereum.org/EIPS/eip-712): a struct is
 * recognised only when its declared fields match a known struct exactly, in order — the order and
 * types are part of the type hash, so a look-alike with one field more or swapped signs something
 * else and must not get the known card.
 *
 *   if (!hasStruct(data, 'Permit', PERMIT)) return undefined;
 *   const value = uintOf(data.message.value); // bigint or undefined
 */
import { type Address, isAddress } from '../../chains/evm/address';
import { eip55 } from '../../chains/evm/hex';
import type { TypedData } from '../facts';

export type StructSpec = readonly (readonly [name: string, type: string])[];

/** Uniswap's Permit2, deployed with CREATE2 at this address on every chain. */
export const PERMIT2_ADDRESS = '0x000000000022D473030F116dDEE9F6B43aC78BA3';

/** True when `types[name]` declares exactly `spec`'s fields (names and types, in order). */
export function hasStruct(data: TypedData, name: string, spec: StructSpec): boolean {
  const fields = data.types?.[name];
  return (
    Array.isArray(fields) &&
    fields.length === spec.length &&
    fields.every((f, i) => f.name === spec[i]![0] && f.type === spec[i]![1])
  );
}

/** True when the typed data is addressed to Permit2's contract (any chain). */
export function isPermit2(data: TypedData): boolean {
  const vc = data.domain?.verifyingContract;
  return typeof vc === 'string' && vc.toLowerCase() === PERMIT2_ADDRESS.toLowerCase();
}

/** A JSON object (not an array, not null), else undefined. */
export function recordOf(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
}

/** An integer given as a bigint, a safe JSON number, a decimal string or a 0x-hex string. */
export function intOf(x: unknown): bigint | undefined {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number') return Number.isSafeInteger(x) ? BigInt(x) : undefined;
  if (typeof x !== 'string' || x.length > 80) return undefined;
  if (/^-?\d+$/.test(x) || /^0x[0-9a-fA-F]+$/.test(x)) return BigInt(x);
  return undefined;
}

/** A uint below 2^256, else undefined. */
export function uintOf(x: unknown): bigint | undefined {
  const n = intOf(x);
  return n !== undefined && n >= 0n && n < 1n << 256n ? n : undefined;
}

/** An address in EIP-55 form (dapps often send lowercase), else undefined. */
export function addressOf(x: unknown): Address | undefined {
  // eip55 is toChecksumAddress for input of this shape, with fewer string copies.
  return isAddress(x, { strict: false }) ? eip55(x) : undefined;
}

/** A JSON bool (or the strings "true"/"false" some dapps send), else undefined. */
export function boolOf(x: unknown): boolean | undefined {
  if (typeof x === 'boolean') return x;
  return x === 'true' ? true : x === 'false' ? false : undefined;
}
