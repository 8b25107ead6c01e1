/**
 * The phishing-origin list, in the format of MetaMask's eth-phishing-detect config (version 2:
 * https://github.com/MetaMask/eth-phishing-detect): `blacklist` hosts are known phishing sites
 * (a listed domain also covers its subdomains), `fuzzylist` names sites that get imitated (a host
 * within `tolerance` edits of one is a look-alike, see lookalike.ts), `whitelist` hosts are never
 * flagged. Ringfence bundles a small list (phishing.json); the user's entries extend it.
 *
 *   const list = extendPhishingConfig(BUNDLED_PHISHING, { blacklist: ['evil.example'] });
 *   isBlacklisted('https://login.evil.example', list); // 'evil.example'
 */
import * as v from 'valibot';
import { issueError } from './errors';
import { hostAndParents, hostOf } from './origin';
import bundled from './phishing.json';

export interface PhishingConfig {
  readonly version: number;
  readonly tolerance: number;
  readonly fuzzylist: readonly string[];
  readonly whitelist: readonly string[];
  readonly blacklist: readonly string[];
}

const Host = v.pipe(
  v.string('expected a host name'),
  v.toLowerCase(),
  v.regex(/^[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/, 'expected a host name like "example.com"'),
);
const Hosts = v.pipe(v.array(Host, 'expected a list of host names'), v.maxLength(100_000));
const Config = v.object({
  version: v.optional(v.number(), 2),
  tolerance: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)), 2),
  fuzzylist: v.optional(Hosts, []),
  whitelist: v.optional(Hosts, []),
  blacklist: v.optional(Hosts, []),
});

/** Validates a config (eth-phishing-detect format); throws a RuleSetError naming the bad entry. */
export function parsePhishingConfig(input: unknown, root = 'phishing'): PhishingConfig {
  const result = v.safeParse(Config, input);
  if (!result.success) throw issueError(result.issues, root);
  const { version, tolerance, fuzzylist, whitelist, blacklist } = result.output;
  return Object.freeze({ version, tolerance, fuzzylist, whitelist, blacklist });
}

export const BUNDLED_PHISHING: PhishingConfig = parsePhishingConfig(bundled, 'phishing.json');

/** The bundled (or any) list plus the user's entries; the user's whitelist wins over both lists. */
export function extendPhishingConfig(
  base: PhishingConfig,
  user: Partial<Pick<PhishingConfig, 'blacklist' | 'whitelist' | 'fuzzylist'>>,
): PhishingConfig {
  const extra = parsePhishingConfig({ ...user, tolerance: base.tolerance }, 'userPhishing');
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return Object.freeze({
    version: base.version,
    tolerance: base.tolerance,
    fuzzylist: union(base.fuzzylist, extra.fuzzylist),
    whitelist: union(base.whitelist, extra.whitelist),
    blacklist: union(base.blacklist, extra.blacklist),
  });
}

interface Index {
  white: Set<string>;
  black: Set<string>;
}
const indexes = new WeakMap<PhishingConfig, Index>();
function indexOf(config: PhishingConfig): Index {
  let index = indexes.get(config);
  if (!index) {
    index = { white: new Set(config.whitelist), black: new Set(config.blacklist) };
    indexes.set(config, index);
  }
  return index;
}

/** Whether the origin's host (or a parent domain of it) is whitelisted. */
export function isWhitelisted(origin: string, config: PhishingConfig): boolean {
  const host = hostOf(origin);
  return host !== undefined && hostAndParents(host).some((h) => indexOf(config).white.has(h));
}

/** The blacklist entry the origin's host falls under, unless whitelisted; undefined when none. */
export function isBlacklisted(origin: string, config: PhishingConfig): string | undefined {
  const host = hostOf(origin);
  if (host === undefined || isWhitelisted(origin, config)) return undefined;
  return hostAndParents(host).find((h) => indexOf(config).black.has(h));
}
