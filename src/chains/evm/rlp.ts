/**
 * Recursive Length Prefix encoding (Yellow Paper, appendix B; https://ethereum.org/en/developers/docs/data-structures-and-encoding/rlp/).
 * An item is a byte string or a list of items; integers are their minimal big-endian bytes.
 *
 *   const bytes = encodeRlp([utf8('cat'), utf8('dog')]); // 0xc88363617483646f67
 *   const item = decodeRlp(bytes);                       // [Uint8Array 'cat', Uint8Array 'dog']
 */
import { isBytes } from '@noble/hashes/utils.js';
import { bigintToBytes, bytesToBigInt, concatBytes } from './hex';

export type RlpItem = Uint8Array | RlpItem[];

/** Short-form header when the payload is < 56 bytes, else offset+55+len(len) followed by the length. */
function header(offset: number, length: number): Uint8Array {
  if (length < 56) return Uint8Array.of(offset + length);
  const len = bigintToBytes(BigInt(length));
  return concatBytes(Uint8Array.of(offset + 55 + len.length), len);
}

export function encodeRlp(item: RlpItem): Uint8Array {
  if (isBytes(item)) {
    // A single byte below 0x80 is its own encoding; anything else gets a 0x80-based header.
    if (item.length === 1 && item[0]! < 0x80) return item.slice();
    return concatBytes(header(0x80, item.length), item);
  }
  if (!Array.isArray(item)) throw new TypeError('rlp item: expected a Uint8Array or an array of items');
  const payload = concatBytes(...item.map(encodeRlp));
  return concatBytes(header(0xc0, payload.length), payload);
}

/** An RLP integer: minimal big-endian bytes, so 0 is the empty string (0x80), never 0x00. */
export function rlpInt(value: bigint | number): Uint8Array {
  const n = BigInt(value);
  if (n < 0n) throw new RangeError(`rlp integer: expected a non-negative value, got ${n}`);
  return bigintToBytes(n);
}

interface Decoded {
  item: RlpItem;
  end: number;
}

/**
 * Decodes exactly one item spanning all of `bytes`. Non-canonical encodings are refused (a single
 * byte < 0x80 wrapped in a header, long form for short payloads, leading zeros in a length):
 * otherwise two different byte strings would decode to the same transaction.
 */
export function decodeRlp(bytes: Uint8Array): RlpItem {
  if (!isBytes(bytes)) throw new TypeError('rlp: expected a Uint8Array');
  const { item, end } = decodeAt(bytes, 0, bytes.length);
  if (end !== bytes.length) throw new TypeError(`rlp: ${bytes.length - end} trailing bytes after the item`);
  return item;
}

function decodeAt(bytes: Uint8Array, pos: number, limit: number): Decoded {
  if (pos >= limit) throw new TypeError(`rlp: unexpected end of input at byte ${pos}`);
  const b = bytes[pos]!;
  if (b < 0x80) return { item: bytes.slice(pos, pos + 1), end: pos + 1 };
  const isList = b >= 0xc0;
  const base = isList ? 0xc0 : 0x80;
  let start: number;
  let length: number;
  if (b - base < 56) {
    start = pos + 1;
    length = b - base;
  } else {
    const lenOfLen = b - base - 55;
    start = pos + 1 + lenOfLen;
    if (start > limit) throw new TypeError(`rlp: length at byte ${pos} runs past the end`);
    const lenBytes = bytes.subarray(pos + 1, start);
    if (lenBytes[0] === 0) throw new TypeError(`rlp: non-canonical length with leading zero at byte ${pos}`);
    const big = bytesToBigInt(lenBytes);
    if (big < 56n) throw new TypeError(`rlp: non-canonical long form for a short payload at byte ${pos}`);
    if (big > BigInt(limit - start)) throw new TypeError(`rlp: payload at byte ${pos} runs past the end`);
    length = Number(big);
  }
  const end = start + length;
  if (end > limit) throw new TypeError(`rlp: payload at byte ${pos} runs past the end`);
  if (!isList) {
    if (length === 1 && bytes[start]! < 0x80) {
      throw new TypeError(`rlp: non-canonical single byte at byte ${pos}`);
    }
    return { item: bytes.slice(start, end), end };
  }
  const items: RlpItem[] = [];
  let at = start;
  while (at < end) {
    const next = decodeAt(bytes, at, end);
    items.push(next.item);
    at = next.end;
  }
  return { item: items, end };
}
