/**
 * The user's own site lists, which extend the bundled phishing list (docs/rules.md "Your site
 * lists"), in the spirit of eth-phishing-detect's config (https://github.com/MetaMask/eth-phishing-detect):
 * - `blocked`: exact origins ("https://evil.example:8443") or hosts ("evil.example", which covers its
 *   subdomains, like a `blacklist` entry) — a request from one gets `phishing-origin`;
 * - `protected`: names that get imitated ("mybank.example", like a `fuzzylist` entry) — a site whose
 *   name looks like one gets `lookalike-origin`;
 * - `allowed`: hosts never flagged (like a `whitelist` entry) — un-flags a false positive of the
 *   bundled list or of the look-alike check. An exact blocked origin stays blocked.
 * Blocking a host takes it off `allowed`, allowing it takes it off `blocked`: the two never conflict.
 *
 *   const sites = withSiteEntry(NO_USER_SITES, 'blocked', 'evil.example');
 *   const { phishing, blockedOrigins } = userSitesContext(sites); // for evaluate()'s context
 */
import { RuleSetError } from './errors';
import { BUNDLED_PHISHING, extendPhishingConfig, type PhishingConfig } from './phishing';

export const USER_SITE_LISTS = ['blocked', 'protected', 'allowed'] as const;
export type UserSiteList = (typeof USER_SITE_LISTS)[number];
export type UserSites = Readonly<Record<UserSiteList, readonly string[]>>;

/** At most this many entries per list (the bundled list is checked the same way, by sets). */
export const MAX_USER_SITES = 1_000;

export const NO_USER_SITES: UserSites = Object.freeze({ blocked: [], protected: [], allowed: [] });

const HOST = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
const HOST_EXAMPLE: Record<UserSiteList, string> = {
  blocked: 'evil.example',
  protected: 'mybank.example',
  allowed: 'app.example',
};

function problemOf(list: UserSiteList, text: string): string | undefined {
  if (list === 'blocked' && text.includes('://')) {
    let origin: string | undefined;
    try {
      origin = new URL(text).origin;
    } catch {}
    if (origin === undefined || origin === 'null' || origin !== text)
      return `expected an exact origin like "https://evil.example" (no path, no trailing slash) or a host like "evil.example"`;
    return undefined;
  }
  if (!HOST.test(text))
    return `expected a host name like "${HOST_EXAMPLE[list]}"${list === 'blocked' ? ' or an exact origin like "https://evil.example"' : ''} (letters, digits, hyphens; punycode for others)`;
  return undefined;
}

/** One entry for `list`, trimmed (hosts lowercased); throws a RuleSetError naming `field`. */
export function parseSiteEntry(list: UserSiteList, text: string, field: string = list): string {
  const trimmed = text.trim();
  const entry = trimmed.includes('://') ? trimmed : trimmed.toLowerCase();
  if (entry === '') throw new RuleSetError(field, 'required: enter a site');
  const problem = problemOf(list, entry);
  if (problem) throw new RuleSetError(field, problem);
  return entry;
}

/** Stored lists, read leniently: a bad entry (or a missing list, as in older states) is dropped. */
export function userSitesOf(x: unknown): UserSites {
  const record = typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
  const read = (list: UserSiteList) => {
    const raw = Array.isArray(record[list]) ? (record[list] as unknown[]) : [];
    const good = raw.flatMap((e) => {
      if (typeof e !== 'string') return [];
      try {
        return [parseSiteEntry(list, e)];
      } catch {
        return [];
      }
    });
    return Object.freeze([...new Set(good)].slice(0, MAX_USER_SITES));
  };
  return Object.freeze({ blocked: read('blocked'), protected: read('protected'), allowed: read('allowed') });
}

const without = (entries: readonly string[], entry: string) => entries.filter((e) => e !== entry);

/** The lists with `text` added to `list` (validated; a duplicate is a no-op). */
export function withSiteEntry(sites: UserSites, list: UserSiteList, text: string): UserSites {
  const entry = parseSiteEntry(list, text, 'entry');
  if (sites[list].includes(entry)) return sites;
  if (sites[list].length >= MAX_USER_SITES)
    throw new RuleSetError('entry', `the ${list} list is full (${MAX_USER_SITES} entries)`);
  const next = { ...sites, [list]: [...sites[list], entry] };
  if (list === 'blocked') next.allowed = without(sites.allowed, entry);
  if (list === 'allowed') next.blocked = without(sites.blocked, entry);
  return Object.freeze(next);
}

/** The lists with `text` taken off `list`; throws a RuleSetError when it is not there. */
export function withoutSiteEntry(sites: UserSites, list: UserSiteList, text: string): UserSites {
  const trimmed = text.trim();
  const entry = sites[list].find((e) => e === trimmed || e === trimmed.toLowerCase());
  if (entry === undefined) throw new RuleSetError('entry', `not on the ${list} list`);
  return Object.freeze({ ...sites, [list]: without(sites[list], entry) });
}

/** What evaluation consults: the bundled list extended by the user's hosts, and the exact origins. */
export function userSitesContext(sites: UserSites): {
  phishing: PhishingConfig;
  blockedOrigins: readonly string[];
} {
  const isOrigin = (e: string) => e.includes('://');
  return {
    phishing: extendPhishingConfig(BUNDLED_PHISHING, {
      blacklist: sites.blocked.filter((e) => !isOrigin(e)),
      fuzzylist: [...sites.protected],
      whitelist: [...sites.allowed],
    }),
    blockedOrigins: Object.freeze(sites.blocked.filter(isOrigin)),
  };
}
