import fc from 'fast-check';
import { encodeAbiParameters, encodeFunctionData, parseAbi, toFunctionSelector } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  decodeAbiString,
  decodeWords,
  encodeCall,
  SELECTORS,
  SIGNATURES,
  selectorOf,
  wordToAddress,
} from './abi';
import { toChecksumAddress } from './address';
import { bytesToHex, type Hex } from './hex';

const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

describe('selectors', () => {
  it.each(Object.entries(SIGNATURES))('%s = selectorOf(%s), and viem agrees', (key, signature) => {
    const selector = SELECTORS[key as keyof typeof SELECTORS];
    expect(selectorOf(signature)).toBe(selector);
    expect(toFunctionSelector(`function ${signature}`)).toBe(selector);
  });

  it('refuses what is no canonical signature', () => {
    expect(() => selectorOf('transfer(address, uint256)')).toThrow(/^signature: /);
    expect(() => selectorOf('transfer')).toThrow(/^signature: /);
  });
});

describe('encodeCall', () => {
  const abi = parseAbi(['function transfer(address,uint256)', 'function setApprovalForAll(address,bool)']);

  it('matches viem encodeFunctionData for static arguments', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
        fc.boolean(),
        (raw, amount, approved) => {
          const to = toChecksumAddress(raw);
          expect(encodeCall(SELECTORS.transfer, [to, amount])).toBe(
            encodeFunctionData({ abi, functionName: 'transfer', args: [to, amount] }),
          );
          expect(encodeCall(SELECTORS.setApprovalForAll, [to, approved])).toBe(
            encodeFunctionData({ abi, functionName: 'setApprovalForAll', args: [to, approved] }),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names the bad argument', () => {
    expect(() => encodeCall(SELECTORS.transfer, [ALICE, -1n])).toThrow(
      'args[1]: expected a uint256, got -1n',
    );
    expect(() => encodeCall(SELECTORS.transfer, ['0x12' as Hex, 1n])).toThrow(
      /^args\[0\]: expected a 20-byte/,
    );
    expect(() => encodeCall('0x1234', [])).toThrow('selectorHex: expected 4 bytes, got 2');
  });
});

describe('decoding', () => {
  it('decodeWords and wordToAddress', () => {
    const data = encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }], [42n, ALICE]);
    const [n, a] = decodeWords(data);
    expect(n).toBe(42n);
    expect(wordToAddress(a!)).toBe(ALICE);
    expect(() => decodeWords('0x1234')).toThrow('data: expected whole 32-byte words, got 2 bytes');
    expect(() => wordToAddress(1n << 160n)).toThrow(/upper 12 bytes/);
  });

  it('decodeAbiString reads ABI strings (matches viem encoding, any length, any Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        expect(decodeAbiString(encodeAbiParameters([{ type: 'string' }], [s]))).toBe(s);
      }),
    );
  });

  it('decodeAbiString reads a bytes32 symbol (MKR)', () => {
    const mkr = `0x${bytesToHex(new TextEncoder().encode('MKR')).padEnd(64, '0')}` as Hex;
    expect(decodeAbiString(mkr)).toBe('MKR');
    expect(decodeAbiString(`0x${'00'.repeat(32)}`)).toBe('');
  });

  it('decodeAbiString refuses hostile offsets and lengths, and bad UTF-8', () => {
    const word = (n: bigint) => n.toString(16).padStart(64, '0');
    expect(() => decodeAbiString(`0x${word(2n ** 255n)}${word(3n)}`)).toThrow(/offset points past the end/);
    expect(() => decodeAbiString(`0x${word(32n)}${word(2n ** 200n)}`)).toThrow(/length runs past the end/);
    expect(() => decodeAbiString(`0x${word(32n)}${word(1n)}${'ff'.padEnd(64, '0')}`)).toThrow(
      /not valid UTF-8/,
    );
    expect(() => decodeAbiString('0x')).toThrow(/expected an ABI string, got 0 bytes/);
  });
});
