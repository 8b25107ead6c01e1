/**
 * The few Solidity ABI pieces the wallet needs (https://docs.soliditylang.org/en/latest/abi-spec.html):
 * calls with static arguments, 32-byte words, string returns (and the bytes32 "strings" of early
 * tokens such as MKR), and the selectors of the token methods a card recognises.
 *
 *   const data = encodeCall(SELECTORS.balanceOf, [owner]);        // '0x70a08231…'
 *   const [balance] = decodeWords(await ethCall(token, data));     // bigint
 *   decodeAbiString(await ethCall(token, SELECTORS.symbol));       // 'MKR'
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { isBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Address, parseAddress, toChecksumAddress } from './address';
import { bytesToBigInt, concatBytes, type Hex, parseData, shortValue, toHex, toWord } from './hex';

/** The function signatures whose selectors {@link SELECTORS} lists (the test recomputes each). */
export const SIGNATURES = {
  transfer: 'transfer(address,uint256)',
  transferFrom: 'transferFrom(address,address,uint256)',
  approve: 'approve(address,uint256)',
  increaseAllowance: 'increaseAllowance(address,uint256)',
  allowance: 'allowance(address,address)',
  setApprovalForAll: 'setApprovalForAll(address,bool)',
  balanceOf: 'balanceOf(address)',
  symbol: 'symbol()',
  decimals: 'decimals()',
  name: 'name()',
  /** EIP-2612. */
  permit: 'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)',
  /** ERC-721, without and with data. */
  safeTransferFrom: 'safeTransferFrom(address,address,uint256)',
  safeTransferFromWithData: 'safeTransferFrom(address,address,uint256,bytes)',
  /** ERC-1155. */
  safeTransferFrom1155: 'safeTransferFrom(address,address,uint256,uint256,bytes)',
  safeBatchTransferFrom1155: 'safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)',
} as const;

/** Written out rather than computed, so a reviewer can grep a selector seen in a transaction. */
export const SELECTORS = {
  transfer: '0xa9059cbb',
  transferFrom: '0x23b872dd',
  approve: '0x095ea7b3',
  increaseAllowance: '0x39509351',
  allowance: '0xdd62ed3e',
  setApprovalForAll: '0xa22cb465',
  balanceOf: '0x70a08231',
  symbol: '0x95d89b41',
  decimals: '0x313ce567',
  name: '0x06fdde03',
  permit: '0xd505accf',
  safeTransferFrom: '0x42842e0e',
  safeTransferFromWithData: '0xb88d4fde',
  safeTransferFrom1155: '0xf242432a',
  safeBatchTransferFrom1155: '0x2eb2c2d6',
} as const satisfies Record<keyof typeof SIGNATURES, Hex>;

/** The 4-byte selector of a canonical signature such as 'transfer(address,uint256)'. */
export function selectorOf(signature: string): Hex {
  if (typeof signature !== 'string' || !/^[A-Za-z_$][A-Za-z0-9_$]*\([^\s]*\)$/.test(signature)) {
    throw new TypeError(`signature: expected a canonical signature like "transfer(address,uint256)"`);
  }
  return toHex(keccak_256(utf8ToBytes(signature)).subarray(0, 4));
}

export type StaticArg = bigint | Address | boolean;

/** Calldata for static arguments: uint256 (bigint), address, bool, each one word. */
export function encodeCall(selectorHex: Hex, args: readonly StaticArg[]): Hex {
  const selector = parseData(selectorHex, 'selectorHex');
  if (selector.length !== 4) throw new TypeError(`selectorHex: expected 4 bytes, got ${selector.length}`);
  const words = args.map((arg, i) => {
    if (typeof arg === 'bigint') {
      if (arg < 0n || arg >= 1n << 256n)
        throw new TypeError(`args[${i}]: expected a uint256, got ${shortValue(arg)}`);
      return toWord(arg);
    }
    if (typeof arg === 'boolean') return toWord(arg ? 1n : 0n);
    return toWord(BigInt(parseAddress(arg, `args[${i}]`)));
  });
  return toHex(concatBytes(selector, ...words));
}

function bytesOf(data: Hex | Uint8Array, what: string): Uint8Array {
  return isBytes(data) ? data : parseData(data, what);
}

/** Return data as 32-byte words (each an unsigned bigint). */
export function decodeWords(data: Hex | Uint8Array): bigint[] {
  const bytes = bytesOf(data, 'data');
  if (bytes.length % 32 !== 0)
    throw new TypeError(`data: expected whole 32-byte words, got ${bytes.length} bytes`);
  const words: bigint[] = [];
  for (let i = 0; i < bytes.length; i += 32) words.push(bytesToBigInt(bytes.subarray(i, i + 32)));
  return words;
}

/** An address word: the upper 12 bytes must be zero, or the word is no address. */
export function wordToAddress(word: bigint): Address {
  if (word < 0n || word >= 1n << 160n) throw new TypeError('word: expected an address (upper 12 bytes zero)');
  return toChecksumAddress(toWord(word).subarray(12));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A string from return data: ABI `string` (offset, length, bytes), or a bare bytes32 padded with
 * zeros, which is what MKR and other pre-standard tokens return from symbol() and name().
 */
export function decodeAbiString(returnData: Hex | Uint8Array): string {
  const bytes = bytesOf(returnData, 'returnData');
  let text: Uint8Array;
  if (bytes.length === 32) {
    let end = 32;
    while (end > 0 && bytes[end - 1] === 0) end--;
    text = bytes.subarray(0, end);
  } else {
    if (bytes.length < 64)
      throw new TypeError(`returnData: expected an ABI string, got ${bytes.length} bytes`);
    const [offset] = decodeWords(bytes.subarray(0, 32));
    // Bounds are checked as bigints: a hostile contract can answer any offset or length.
    if (offset === undefined || offset + 32n > BigInt(bytes.length)) {
      throw new TypeError('returnData: string offset points past the end');
    }
    const start = Number(offset) + 32;
    const length = bytesToBigInt(bytes.subarray(start - 32, start));
    if (BigInt(start) + length > BigInt(bytes.length)) {
      throw new TypeError('returnData: string length runs past the end');
    }
    text = bytes.subarray(start, start + Number(length));
  }
  try {
    return utf8.decode(text);
  } catch {
    throw new TypeError('returnData: the string is not valid UTF-8');
  }
}
