import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRpcCall } from './callRequest';
import { bigintToBytes, bytesToBigInt, parseData, parseQuantity, toHex, toQuantity, toWord } from './hex';

describe('quantities', () => {
  it('toQuantity has no leading zeros; zero is 0x0', () => {
    expect(toQuantity(0n)).toBe('0x0');
    expect(toQuantity(255n)).toBe('0xff');
    expect(toQuantity(4096n)).toBe('0x1000');
    expect(() => toQuantity(-1n)).toThrow('quantity: expected a non-negative bigint, got -1n');
    expect(() => toQuantity(1 as never)).toThrow('got number 1');
  });

  it('parseQuantity round-trips and names the value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 300n }), (n) => {
        expect(parseQuantity(toQuantity(n), 'n')).toBe(n);
      }),
    );
    expect(parseQuantity('0x01', 'padded')).toBe(1n); // some nodes pad
    for (const bad of ['0x', '12', '0xg', '-0x1', 1, null]) {
      expect(() => parseQuantity(bad, 'eth_blockNumber result')).toThrow(
        /^eth_blockNumber result: expected a 0x-prefixed hex quantity/,
      );
    }
  });
});

describe('bytes', () => {
  it('parseData accepts whole bytes only', () => {
    expect(parseData('0x', 'd')).toEqual(new Uint8Array(0));
    expect(parseData('0xABcd', 'd')).toEqual(Uint8Array.of(0xab, 0xcd));
    expect(() => parseData('0xabc', 'eth_call result')).toThrow(
      'eth_call result: expected 0x-prefixed hex bytes, got "0xabc"',
    );
    // A long bad value is shortened in the message.
    expect(() => parseData(`0x${'z'.repeat(64)}`, 'd')).toThrow('got "0xzzzzzzzz…"');
  });

  it('integers as minimal bytes and as words', () => {
    expect(bigintToBytes(0n)).toEqual(new Uint8Array(0));
    expect(toHex(bigintToBytes(1024n))).toBe('0x0400');
    expect(bytesToBigInt(new Uint8Array(0))).toBe(0n);
    expect(toHex(toWord(1n))).toBe(`0x${'00'.repeat(31)}01`);
    expect(() => toWord(1n << 256n)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }), (n) => {
        expect(bytesToBigInt(bigintToBytes(n))).toBe(n);
        expect(bytesToBigInt(toWord(n))).toBe(n);
      }),
    );
  });
});

describe('toRpcCall', () => {
  it('normalises bigints and hex strings, checks addresses', () => {
    const from = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266';
    expect(toRpcCall({ from, value: 10n, data: Uint8Array.of(1), gas: '0x5208' })).toEqual({
      from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
      value: '0xa',
      data: '0x01',
      gas: '0x5208',
    });
    expect(() => toRpcCall({ to: '0x12' })).toThrow(/^call\.to: expected a 20-byte hex address/);
    expect(() => toRpcCall({ value: -1n }, 'params[0]')).toThrow(
      /^params\[0\]\.value: expected a non-negative/,
    );
    expect(() => toRpcCall({ value: '12' })).toThrow(/^call\.value: expected a 0x-prefixed hex quantity/);
    expect(() => toRpcCall({ data: '0x1' })).toThrow(/^call\.data: expected 0x-prefixed hex bytes/);
  });
});
