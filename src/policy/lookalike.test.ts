import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, lookalikeOf, skeleton } from './lookalike';

const targets = { fuzzylist: ['uniswap.org', 'metamask.io'], tolerance: 2 };

describe('look-alike origins', () => {
  it('edit distance: the classic cases, and symmetric, bounded by max', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('uniswap.org', 'uniswap.org')).toBe(0);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2));
      }),
      { numRuns: 1000 },
    );
  });

  it('skeleton folds characters people confuse', () => {
    expect(skeleton('rnetamask.io')).toBe(skeleton('metamask.io'));
    expect(skeleton('uniswap.org')).toBe(skeleton('unlswap.org'));
    expect(skeleton('vvallet.io')).toBe(skeleton('wallet.io'));
  });

  it('flags a name within the tolerance of a fuzzylist site, or with its skeleton', () => {
    expect(lookalikeOf('https://uniswop.org', targets)).toEqual({
      signal: 'edit-distance',
      like: 'uniswap.org',
    });
    expect(lookalikeOf('https://app.uniswapp.org', targets)).toEqual({
      signal: 'edit-distance',
      like: 'uniswap.org',
    });
    expect(lookalikeOf('https://rnetamask.io', targets)).toEqual({ signal: 'skeleton', like: 'metamask.io' });
  });

  it('leaves the real site, its subdomains, distant names and whitelisted hosts alone', () => {
    expect(lookalikeOf('https://uniswap.org', targets)).toBeUndefined();
    expect(lookalikeOf('https://app.uniswap.org', targets)).toBeUndefined();
    expect(lookalikeOf('https://example.com', targets)).toBeUndefined();
    expect(lookalikeOf('https://uniswop.org', { ...targets, isWhitelisted: () => true })).toBeUndefined();
    expect(lookalikeOf('null', targets)).toBeUndefined();
  });

  it('flags imitations of connected sites, but compares short names by skeleton only', () => {
    const connected = ['https://app.aave.com', 'https://curve.finance'];
    expect(lookalikeOf('https://curvee.finance', { ...targets, connected })).toEqual({
      signal: 'edit-distance',
      like: 'curve.finance',
    });
    expect(lookalikeOf('https://wave.com', { ...targets, connected })).toBeUndefined();
    expect(lookalikeOf('https://aave.com', { ...targets, connected })).toBeUndefined();
  });

  it('flags punycode hosts (non-ASCII letters)', () => {
    // "аpple.com" with a Cyrillic а, as the URL parser serialises it.
    const origin = new URL('https://\u0430pple.com').origin;
    expect(origin).toBe('https://xn--pple-43d.com');
    expect(lookalikeOf(origin, targets)).toEqual({ signal: 'punycode' });
  });
});
