import fc from 'fast-check';
import { toRlp } from 'viem';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex';
import { decodeRlp, encodeRlp, type RlpItem, rlpInt } from './rlp';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => bytesToHex(b);

// The examples of the Ethereum RLP page (https://ethereum.org/en/developers/docs/data-structures-and-encoding/rlp/#examples).
const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipisicing elit';
const WIKI: [string, RlpItem, string][] = [
  ['the string "dog"', utf8('dog'), '83646f67'],
  ['the list [ "cat", "dog" ]', [utf8('cat'), utf8('dog')], 'c88363617483646f67'],
  ['the empty string', new Uint8Array(0), '80'],
  ['the empty list', [], 'c0'],
  ['the integer 0', rlpInt(0n), '80'],
  ["the encoded integer 0 ('\\x00')", Uint8Array.of(0), '00'],
  ["the encoded integer 15 ('\\x0f')", Uint8Array.of(15), '0f'],
  ["the encoded integer 1024 ('\\x04\\x00')", rlpInt(1024n), '820400'],
  ['the set-theoretic representation of three', [[], [[]], [[], [[]]]], 'c7c0c1c0c3c0c1c0'],
  [`the string "${LOREM}"`, utf8(LOREM), `b838${hex(utf8(LOREM))}`],
];

function toViem(item: RlpItem): unknown {
  return Array.isArray(item) ? item.map(toViem) : item;
}

const arbItem: fc.Arbitrary<RlpItem> = fc.letrec<{ item: RlpItem }>((tie) => ({
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.uint8Array({ maxLength: 80 }),
    fc.array(tie('item'), { maxLength: 5 }),
  ),
})).item;

describe('encodeRlp', () => {
  it.each(WIKI)('%s', (_name, item, expected) => {
    expect(hex(encodeRlp(item))).toBe(expected);
  });

  it('uses the long form from 56 bytes on, for strings and for lists', () => {
    expect(hex(encodeRlp(new Uint8Array(55))).slice(0, 2)).toBe('b7');
    expect(hex(encodeRlp(new Uint8Array(56))).slice(0, 4)).toBe('b838');
    expect(hex(encodeRlp(new Uint8Array(1024))).slice(0, 6)).toBe('b90400');
    expect(hex(encodeRlp([new Uint8Array(54)])).slice(0, 2)).toBe('f7'); // payload 55
    expect(hex(encodeRlp([new Uint8Array(55)])).slice(0, 4)).toBe('f838'); // payload 56
  });

  it('matches viem toRlp on random items', () => {
    fc.assert(
      fc.property(arbItem, (item) => {
        expect(`0x${hex(encodeRlp(item))}`).toBe(toRlp(toViem(item) as never, 'hex'));
      }),
    );
  });

  it('rejects what is not an item', () => {
    expect(() => encodeRlp('dog' as never)).toThrow('rlp item: expected a Uint8Array or an array of items');
    expect(() => rlpInt(-1n)).toThrow(RangeError);
  });
});

describe('decodeRlp', () => {
  it.each(WIKI)('%s', (_name, item, encoded) => {
    expect(decodeRlp(hexToBytes(encoded))).toEqual(item);
  });

  it('round-trips random items', () => {
    fc.assert(
      fc.property(arbItem, (item) => {
        expect(decodeRlp(encodeRlp(item))).toEqual(item);
      }),
    );
  });

  it.each([
    ['a truncated string', '83646f', /runs past the end/],
    ['a truncated list', 'c88363617483646f', /runs past the end/],
    ['trailing bytes', '83646f6700', /1 trailing bytes/],
    ['a wrapped single byte', '8105', /non-canonical single byte/],
    ['long form for a short string', 'b803646f67', /non-canonical long form/],
    ['a length with a leading zero', `b90038${'00'.repeat(56)}`, /leading zero/],
    ['nothing at all', '', /unexpected end of input/],
    ['a huge declared length', 'bbffffffff', /runs past the end/],
  ])('refuses %s', (_name, encoded, message) => {
    expect(() => decodeRlp(hexToBytes(encoded))).toThrow(message);
  });
});
