/**
 * Recursive Length Prefix encoding (Yellow Paper, appendix B; https://ethereum.org/en/developers/docs/data-structures-and-encoding/rlp/).
 * An item is a byte string or a list of items; integers are their minimal big-endian bytes.
 *
 *   const bytes = encodeRlp([utf8('cat'), utf8('dog')]); // 0xc88363617483646f67
 *   const item = decodeRlp(bytes);                       // [Uint8Array 'cat', Uint8Array 'dog']
 */
import { isBytes } from '@noble/hashes/utils.js';
import { bigintToBytes, bytesToBigInt } from './hex';

export type RlpItem = Uint8Array | RlpItem[];

/** Bytes of a header: one when the payload is < 56 bytes, else 1 + len(len) (Yellow Paper, appendix B). */
function headerLength(length: number): number {
  if (length < 56) return 1;
  let n = 1;
  for (let l = length; l > 0xff; l = Math.floor(l / 256)) n++;
  return 1 + n;
}

/**
 * Short-form header when the payload is < 56 bytes, else offset+55+len(len) followed by the
 * length, big-endian and minimal; written into `out` at `at`, returns the position after it.
 */
function writeHeader(out: Uint8Array, at: number, offset: number, length: number): number {
  if (length < 56) {
    out[at] = offset + length;
    return at + 1;
  }
  const n = headerLength(length) - 1;
  out[at] = offset + 55 + n;
  for (let i = n, l = length; i >= 1; i--, l = Math.floor(l / 256)) out[at + i] = l % 256;
  return at + 1 + n;
}

/**
 * The encoded length of `item`; pushes each list's payload length, in the order `write` meets
 * the lists, so that encoding needs one pass to size and one to write into a single buffer.
 */
function measure(item: RlpItem, lists: number[]): number {
  if (isBytes(item)) {
    // A single byte below 0x80 is its own encoding; anything else gets a 0x80-based header.
    return item.length === 1 && item[0]! < 0x80 ? 1 : headerLength(item.length) + item.length;
  }
  if (!Array.isArray(item)) throw new TypeError('rlp item: expected a Uint8Array or an array of items');
  const slot = lists.length;
  lists.push(0);
  let payload = 0;
  for (let i = 0; i < item.length; i++) payload += measure(item[i]!, lists);
  lists[slot] = payload;
  return headerLength(payload) + payload;
}

function write(
  item: RlpItem,
  out: Uint8Array,
  at: number,
  lists: number[],
  cursor: { list: number },
): number {
  if (isBytes(item)) {
    if (item.length === 1 && item[0]! < 0x80) {
      out[at] = item[0]!;
      return at + 1;
    }
    const start = writeHeader(out, at, 0x80, item.length);
    out.set(item, start);
    return start + item.length;
  }
  let pos = writeHeader(out, at, 0xc0, lists[cursor.list++]!);
  for (let i = 0; i < item.length; i++) pos = write((item as RlpItem[])[i]!, out, pos, lists, cursor);
  return pos;
}

/** `prefix` bytes (none, or an EIP-2718 type byte) then the encoding of `item`, in one buffer. */
function encodeAfter(prefix: number, item: RlpItem): Uint8Array {
  const lists: number[] = [];
  const out = new Uint8Array(prefix + measure(item, lists));
  write(item, out, prefix, lists, { list: 0 });
  return out;
}

export function encodeRlp(item: RlpItem): Uint8Array {
  return encodeAfter(0, item);
}

/** An EIP-2718 typed envelope: the type byte, then the RLP encoding of `item`. */
export function encodeTypedRlp(type: number, item: RlpItem): Uint8Array {
  if (!Number.isInteger(type) || type < 0 || type > 0x7f)
    throw new RangeError(`rlp type: expected an EIP-2718 type byte 0..0x7f, got ${type}`);
  const out = encodeAfter(1, item);
  out[0] = type;
  return out;
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
