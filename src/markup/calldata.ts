/**
 * The few calldata words Ringfence reads to name a token call: a 4-byte function selector and the
 * static 32-byte arguments after it (Solidity ABI: https://docs.soliditylang.org/en/latest/abi-spec.html).
 * Anything that does not decode cleanly is left to the unknown-call card, which shows it as hex.
 *
 *   if (selectorOf(data) === SELECTOR.transfer) { const to = argAddress(data, 0); const amount = argUint(data, 1); }
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { type Address, toChecksumAddress } from '../chains/evm/address';

/** The first 4 bytes of keccak256 of each signature (calldata.test.ts recomputes them). */
export const SELECTOR = {
  /** transfer(address,uint256) — ERC-20 */
  transfer: '0xa9059cbb',
  /** transferFrom(address,address,uint256) — ERC-20, and ERC-721 with a token id */
  transferFrom: '0x23b872dd',
  /** approve(address,uint256) — ERC-20, and ERC-721 with a token id */
  approve: '0x095ea7b3',
  /** increaseAllowance(address,uint256) — OpenZeppelin's ERC-20 extension */
  increaseAllowance: '0x39509351',
  /** setApprovalForAll(address,bool) — ERC-721 and ERC-1155 */
  setApprovalForAll: '0xa22cb465',
} as const;

/** `0x` + 8 hex digits, or undefined when the data is shorter than a selector. */
export function selectorOf(data: Uint8Array): string | undefined {
  return data.length >= 4 ? `0x${bytesToHex(data.subarray(0, 4))}` : undefined;
}

function word(data: Uint8Array, index: number): Uint8Array | undefined {
  const start = 4 + 32 * index;
  return data.length >= start + 32 ? data.subarray(start, start + 32) : undefined;
}

/** Argument `index` as an unsigned 256-bit integer. */
export function argUint(data: Uint8Array, index: number): bigint | undefined {
  const w = word(data, index);
  return w ? BigInt(`0x${bytesToHex(w)}`) : undefined;
}

/** Argument `index` as an address; undefined when the 12 padding bytes are not zero (not ABI). */
export function argAddress(data: Uint8Array, index: number): Address | undefined {
  const w = word(data, index);
  if (!w || w.subarray(0, 12).some((b) => b !== 0)) return undefined;
  return toChecksumAddress(w.subarray(12));
}

/** Argument `index` as a bool; undefined for any word other than 0 or 1 (Solidity reverts on those). */
export function argBool(data: Uint8Array, index: number): boolean | undefined {
  const n = argUint(data, index);
  return n === 0n ? false : n === 1n ? true : undefined;
}
