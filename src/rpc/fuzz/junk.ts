/**
 * Nasty values for the router fuzz (router.fuzz.test.ts): scalars of every type, multi-MiB strings,
 * 50–5,000-deep nesting, 200,000-item arrays and prototype-pollution keys as own properties.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { A0, STRANGER } from './fixtures';

/** How many of each nasty input the generators produced (reported, and checked to be non-zero). */
export const made = { huge: 0, deep: 0, wide: 0, polluted: 0 };

/** An object with `key` as an OWN property, even "__proto__" (what JSON.parse of a page's data gives). */
export function withOwn(base: object, key: string, value: unknown): Record<string, unknown> {
  const out = { ...base } as Record<string, unknown>;
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
export const pollutionValue = fc.constantFrom<unknown>(
  { polluted: 'yes' },
  { prototype: { polluted: 'yes' } },
  null,
  'polluted',
  1,
);

/** Strings of 0.5–4 MiB, built by repetition (generating them char by char would take seconds). */
export const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 1 << 19, max: 4 << 20 }))
  .map(([unit, length]) => {
    made.huge++;
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

export const hexString = fc
  .tuple(fc.boolean(), fc.uint8Array({ maxLength: 80 }), fc.boolean())
  .map(([prefix, bytes, odd]) => `${prefix ? '0x' : ''}${bytesToHex(bytes)}${odd ? 'f' : ''}`);

export const scalar = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(), // NaN, ±Infinity, -0 included
  fc.bigInt(), // structured clone (Firefox's relay) carries BigInt
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  hexString,
  fc.constantFrom(
    'latest',
    'pending',
    '0x',
    '0x0',
    '-0x1',
    `0x${'f'.repeat(65)}`,
    A0,
    A0.toLowerCase(),
    STRANGER,
  ),
);

/** Nesting of 50–400 levels (sometimes 5,000) of arrays, objects or pollution keys. */
export const deepValue = fc
  .tuple(
    fc.oneof(fc.integer({ min: 50, max: 400 }), fc.constant(5_000)),
    fc.constantFrom('array', 'object', 'proto'),
    scalar,
  )
  .map(([depth, kind, leaf]) => {
    made.deep++;
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++)
      value = kind === 'array' ? [value] : kind === 'object' ? { a: value } : withOwn({}, '__proto__', value);
    return value;
  });

export const polluted = fc
  .tuple(
    fc.constantFrom(...POLLUTION_KEYS),
    pollutionValue,
    fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }),
  )
  .map(([key, value, rest]) => {
    made.polluted++;
    return withOwn(rest, key, value);
  });

export const { junk } = fc.letrec((tie) => ({
  junk: fc.oneof(
    { weight: 20, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(tie('junk'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), tie('junk'), { maxKeys: 4 }) },
    { weight: 2, arbitrary: polluted },
    { weight: 1, arbitrary: deepValue },
    {
      weight: 1, // wide: 1,000–200,000 items
      arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 200_000 }), scalar).map(([n, item]) => {
        made.wide++;
        return new Array(n).fill(item);
      }),
    },
  ),
}));

/** Mostly small junk; a huge string now and then. */
export const anyValue = fc.oneof({ weight: 150, arbitrary: junk }, { weight: 1, arbitrary: hugeString });
