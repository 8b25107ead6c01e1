import { describe, expect, it } from 'vitest';
import { hostMatchesPattern, originMatches, patternHostOf } from './origin';

describe('origin conditions', () => {
  it('a "*.domain" pattern covers the domain and its subdomains, not a name that merely ends alike', () => {
    expect(originMatches('*.example.com', 'https://example.com')).toBe(true);
    expect(originMatches('*.example.com', 'https://a.b.example.com')).toBe(true);
    expect(originMatches('*.example.com', 'https://evilexample.com')).toBe(false);
    expect(originMatches('*.example.com', 'https://example.com.evil.io')).toBe(false);
  });

  it('patterns see only https origins on the default port, written as the browser writes them', () => {
    expect(patternHostOf('https://app.example.com')).toBe('app.example.com');
    expect(patternHostOf('http://app.example.com')).toBeUndefined();
    expect(patternHostOf('https://app.example.com:8443')).toBeUndefined();
    expect(patternHostOf('https://APP.example.com')).toBeUndefined();
    expect(patternHostOf('https://app.example.com/')).toBeUndefined();
    expect(patternHostOf('null')).toBeUndefined();
    expect(hostMatchesPattern('*.example.com', undefined)).toBe(false);
  });

  it('an exact origin matches only itself', () => {
    expect(originMatches('https://app.example', 'https://app.example')).toBe(true);
    expect(originMatches('https://app.example', 'https://app.example:443')).toBe(false);
  });
});
