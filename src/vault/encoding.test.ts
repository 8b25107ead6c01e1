import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, canonicalJson, concatBytes } from './encoding.js';

describe('base64', () => {
  it('round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes), 'x')).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
  });

  it('matches known encodings', () => {
    expect(bytesToBase64(new Uint8Array([1, 2, 3]))).toBe('AQID');
    expect(bytesToBase64(new Uint8Array([0xff]))).toBe('/w==');
  });

  it.each([
    ['unpadded', 'AQ'],
    ['url-safe alphabet', '_w=='],
    ['whitespace', 'AQ ID'],
    ['non-canonical pad bits', 'AR=='],
    ['not a string', 42],
  ])('refuses %s, naming the field', (_label, input) => {
    expect(() => base64ToBytes(input, 'kdf.salt')).toThrow(/kdf\.salt/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' }, z: undefined })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    );
  });

  it('is independent of insertion order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ m: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('concatBytes', () => {
  it('joins in order', () => {
    expect(concatBytes(new Uint8Array([1]), new Uint8Array([]), new Uint8Array([2, 3]))).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });
});
