import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowsTo, isLevel, joinLevels, LEVELS, type Level, rank } from './levels.js';

const level = fc.constantFrom(...LEVELS);

describe('levels', () => {
  it('orders public < private < secret', () => {
    expect(LEVELS).toEqual(['public', 'private', 'secret']);
    expect(LEVELS.map(rank)).toEqual([0, 1, 2]);
  });

  it.each([
    ['public', 'public', 'public'],
    ['public', 'private', 'private'],
    ['public', 'secret', 'secret'],
    ['private', 'public', 'private'],
    ['private', 'private', 'private'],
    ['private', 'secret', 'secret'],
    ['secret', 'public', 'secret'],
    ['secret', 'private', 'secret'],
    ['secret', 'secret', 'secret'],
  ] as [Level, Level, Level][])('join(%s, %s) = %s', (a, b, want) => {
    expect(joinLevels(a, b)).toBe(want);
  });

  it('flowsTo allows only upward or level flows', () => {
    expect(flowsTo('public', 'secret')).toBe(true);
    expect(flowsTo('private', 'private')).toBe(true);
    expect(flowsTo('private', 'public')).toBe(false);
    expect(flowsTo('secret', 'private')).toBe(false);
  });

  it('joins nothing to the bottom level and many to the highest', () => {
    expect(joinLevels()).toBe('public');
    expect(joinLevels('private', 'public', 'private')).toBe('private');
  });

  it('join is commutative, associative, idempotent, an upper bound, with public as identity', () => {
    fc.assert(
      fc.property(level, level, level, (a, b, c) => {
        expect(joinLevels(a, b)).toBe(joinLevels(b, a));
        expect(joinLevels(joinLevels(a, b), c)).toBe(joinLevels(a, joinLevels(b, c)));
        expect(joinLevels(a, a)).toBe(a);
        expect(joinLevels(a, 'public')).toBe(a);
        expect(flowsTo(a, joinLevels(a, b)) && flowsTo(b, joinLevels(a, b))).toBe(true);
        // Least upper bound: anything above both inputs is above their join.
        if (flowsTo(a, c) && flowsTo(b, c)) expect(flowsTo(joinLevels(a, b), c)).toBe(true);
      }),
    );
  });

  it('rejects non-levels with a TypeError naming the argument', () => {
    expect(isLevel('secret')).toBe(true);
    expect(isLevel('Secret')).toBe(false);
    expect(isLevel(2)).toBe(false);
    expect(() => rank('top' as Level)).toThrow(
      new TypeError('level: expected public|private|secret, got "top"'),
    );
    expect(() => joinLevels('public', undefined as unknown as Level)).toThrow(
      /level: expected .* got "undefined"/,
    );
  });

  it('does not echo a long string passed where a level belongs (it may be a secret)', () => {
    const phrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
    expect(() => rank(phrase as Level)).toThrow(/got a 75-char string/);
    expect(() => rank(phrase as Level)).not.toThrow(/legal/);
  });
});
