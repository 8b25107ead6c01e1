import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from './defaults';
import { RuleSetError } from './errors';
import { evaluate } from './evaluate';
import type { PolicyContext, PolicyRequest } from './request';
import { NOW } from './testkit';
import {
  NO_USER_SITES,
  parseSiteEntry,
  type UserSites,
  userSitesContext,
  userSitesOf,
  withoutSiteEntry,
  withSiteEntry,
} from './userSites';

const rules = defaultRuleSet();
const connect = (origin: string): PolicyRequest => ({ origin, kind: 'connect' });
const judged = (sites: UserSites, origin: string) =>
  evaluate(rules, connect(origin), { now: NOW, ...userSitesContext(sites) } satisfies PolicyContext);

function refused(run: () => unknown): RuleSetError {
  try {
    run();
  } catch (e) {
    if (e instanceof RuleSetError) return e;
    throw e;
  }
  throw new Error('expected a RuleSetError');
}

describe("the user's site lists", () => {
  it('accepts hosts (lowercased, trimmed) and, for blocked sites, exact origins', () => {
    expect(parseSiteEntry('blocked', '  Evil.Example ')).toBe('evil.example');
    expect(parseSiteEntry('blocked', 'https://evil.example:8443')).toBe('https://evil.example:8443');
    expect(parseSiteEntry('protected', 'mybank.example')).toBe('mybank.example');
    expect(parseSiteEntry('allowed', 'xn--myetherwalet-1fb.com')).toBe('xn--myetherwalet-1fb.com');
  });

  it('refuses a bad entry with an error naming the field and what was expected', () => {
    expect(refused(() => parseSiteEntry('blocked', 'https://evil.example/login', 'entry')).message).toBe(
      'entry: expected an exact origin like "https://evil.example" (no path, no trailing slash) or a host like "evil.example"',
    );
    expect(refused(() => withSiteEntry(NO_USER_SITES, 'protected', 'https://mybank.example')).message).toBe(
      'entry: expected a host name like "mybank.example" (letters, digits, hyphens; punycode for others)',
    );
    expect(refused(() => withSiteEntry(NO_USER_SITES, 'blocked', 'localhost')).path).toBe('entry');
    expect(refused(() => withSiteEntry(NO_USER_SITES, 'allowed', '-bad-.example')).path).toBe('entry');
    expect(refused(() => withSiteEntry(NO_USER_SITES, 'blocked', '   ')).message).toBe(
      'entry: required: enter a site',
    );
    expect(refused(() => withoutSiteEntry(NO_USER_SITES, 'blocked', 'evil.example')).message).toBe(
      'entry: not on the blocked list',
    );
  });

  it('blocking takes a host off the allowed list and allowing takes it off the blocked list', () => {
    const allowed = withSiteEntry(NO_USER_SITES, 'allowed', 'app.example');
    const blocked = withSiteEntry(allowed, 'blocked', 'app.example');
    expect(blocked).toEqual({ blocked: ['app.example'], protected: [], allowed: [] });
    expect(withSiteEntry(blocked, 'allowed', 'APP.example')).toEqual({
      blocked: [],
      protected: [],
      allowed: ['app.example'],
    });
    expect(withSiteEntry(blocked, 'blocked', 'app.example')).toBe(blocked);
    expect(withoutSiteEntry(blocked, 'blocked', ' App.Example')).toEqual(NO_USER_SITES);
  });

  it('reads stored lists leniently: a missing list is empty, a bad entry is dropped, the rest kept', () => {
    expect(userSitesOf(undefined)).toEqual(NO_USER_SITES);
    expect(userSitesOf({ blocked: ['evil.example', 7, 'https://x.example/path', 'evil.example'] })).toEqual({
      blocked: ['evil.example'],
      protected: [],
      allowed: [],
    });
    expect(userSitesOf({ protected: 'mybank.example', allowed: ['ok.example'] })).toEqual({
      blocked: [],
      protected: [],
      allowed: ['ok.example'],
    });
  });
});

describe('verdicts with the user site lists (defaults)', () => {
  it('a blocked host and its subdomains are denied as phishing-origin, naming the site', () => {
    const sites = withSiteEntry(NO_USER_SITES, 'blocked', 'evil.example');
    for (const origin of ['https://evil.example', 'http://login.evil.example:8080']) {
      const e = judged(sites, origin);
      expect(e.verdict).toBe('deny');
      expect(e.risks).toContain('phishing-origin');
      expect(e.reasons[0]).toContain('evil.example is on the phishing list');
    }
    expect(judged(sites, 'https://notevil.example').verdict).toBe('confirm');
  });

  it('a blocked exact origin is denied; the same host on another port or scheme is not', () => {
    const sites = withSiteEntry(NO_USER_SITES, 'blocked', 'http://127.0.0.1:5173');
    const e = judged(sites, 'http://127.0.0.1:5173');
    expect(e.verdict).toBe('deny');
    expect(e.reasons[0]).toContain('you blocked http://127.0.0.1:5173');
    expect(judged(sites, 'http://127.0.0.1:5174').verdict).toBe('confirm');
    // An allowed host does not un-block an exact origin the user named.
    const both = withSiteEntry(sites, 'allowed', '127.0.0.1');
    expect(judged(both, 'http://127.0.0.1:5173').verdict).toBe('deny');
  });

  it('a site that looks like a protected name is lookalike-origin (password); the name itself is not', () => {
    const sites = withSiteEntry(NO_USER_SITES, 'protected', 'mybank.example');
    expect(judged(NO_USER_SITES, 'https://mybamk.example').verdict).toBe('confirm');
    const like = judged(sites, 'https://mybamk.example');
    expect(like.verdict).toBe('confirm-with-password');
    expect(like.reasons[0]).toContain('looks like mybank.example');
    expect(judged(sites, 'https://rnybank.example').risks).toContain('lookalike-origin');
    expect(judged(sites, 'https://mybank.example').verdict).toBe('confirm');
    expect(judged(sites, 'https://login.mybank.example').verdict).toBe('confirm');
  });

  it('an allowed host un-flags a bundled-list entry and a look-alike (a false positive)', () => {
    expect(judged(NO_USER_SITES, 'https://coinkbase.com').verdict).toBe('deny');
    const allowed = withSiteEntry(NO_USER_SITES, 'allowed', 'coinkbase.com');
    expect(judged(allowed, 'https://coinkbase.com').verdict).toBe('confirm');
    const protectedToo = withSiteEntry(
      withSiteEntry(NO_USER_SITES, 'protected', 'mybank.example'),
      'allowed',
      'mybamk.example',
    );
    expect(judged(protectedToo, 'https://mybamk.example').verdict).toBe('confirm');
  });
});
