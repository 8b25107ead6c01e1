/**
 * Look-alike origins: a host that imitates a site the user trusts. Three signals, in order:
 * - punycode: a label starting "xn--" (IDNA, RFC 3492) is written in non-ASCII letters, the usual
 *   way to copy a name letter-for-letter ("аpple" with a Cyrillic а) — flagged unless whitelisted;
 * - skeleton: after mapping characters people confuse ("rn"→"m", "vv"→"w", "0"→"o", "1"/"i"→"l",
 *   after Unicode TR #39's idea of a confusable skeleton) the name equals a trusted one;
 * - edit distance: the root domain is within `tolerance` edits (Levenshtein) of a fuzzylist entry
 *   or of a site the user has connected, as eth-phishing-detect does with its fuzzylist. Names
 *   (the label before the top-level domain) shorter than 2·tolerance + 1 characters are compared
 *   by skeleton only ("aave.com" and "wave.com" are both real).
 *
 *   lookalikeOf('https://uniswop.org', { fuzzylist: ['uniswap.org'], tolerance: 2 });
 *   // { signal: 'edit-distance', like: 'uniswap.org' }
 */
import { hostOf, rootDomain } from './origin';

export interface LookalikeTargets {
  /** Root domains that get imitated (the phishing list's fuzzylist). */
  fuzzylist: readonly string[];
  tolerance: number;
  /** Origins the user has connected: imitations of them are flagged too. */
  connected?: readonly string[];
  /** Hosts never flagged (the phishing list's whitelist, with parents). */
  isWhitelisted?: (origin: string) => boolean;
}

export type LookalikeSignal = 'punycode' | 'skeleton' | 'edit-distance';
export interface Lookalike {
  signal: LookalikeSignal;
  /** The trusted name it imitates; absent for punycode that imitates nothing we know. */
  like?: string;
}

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

const CONFUSABLE: ReadonlyArray<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/0/g, 'o'],
  [/[1i|]/g, 'l'],
  [/5/g, 's'],
  [/-/g, ''],
];

/** The confusable skeleton of an ASCII host: two hosts with one skeleton read alike. */
export function skeleton(host: string): string {
  let s = host.toLowerCase();
  for (const [pattern, replacement] of CONFUSABLE) s = s.replace(pattern, replacement);
  return s;
}

/** Whether an origin imitates a trusted name; undefined when it does not (or is itself trusted). */
export function lookalikeOf(origin: string, targets: LookalikeTargets): Lookalike | undefined {
  const host = hostOf(origin);
  if (host === undefined || targets.isWhitelisted?.(origin)) return undefined;
  const root = rootDomain(host);
  const connectedRoots = (targets.connected ?? [])
    .map(hostOf)
    .filter((h) => h !== undefined)
    .map(rootDomain);
  const trusted = [...new Set([...targets.fuzzylist, ...connectedRoots])];
  // The same site (or a subdomain of it) is not a look-alike of itself.
  if (trusted.includes(root)) return undefined;
  const rootSkeleton = skeleton(root);
  const twin = trusted.find((t) => skeleton(t) === rootSkeleton);
  if (twin) return { signal: 'skeleton', like: twin };
  const min = 2 * targets.tolerance + 1;
  const nameLength = (domain: string) => domain.split('.')[0]!.length;
  const near = trusted.find(
    (t) =>
      nameLength(t) >= min &&
      nameLength(root) >= min &&
      editDistance(root, t, targets.tolerance) <= targets.tolerance,
  );
  if (near) return { signal: 'edit-distance', like: near };
  if (host.split('.').some((label) => label.startsWith('xn--'))) return { signal: 'punycode' };
  return undefined;
}
