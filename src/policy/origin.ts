/**
 * Origin conditions: an exact serialised origin ("https://app.example", RFC 6454) or a domain
 * pattern "*.example.com" that matches example.com and every subdomain of it — over https on the
 * default port only, because an http page of the same name can be served by anyone on the network.
 *
 *   originMatches('*.example.com', 'https://app.example.com'); // true
 *   originMatches('*.example.com', 'http://app.example.com');  // false (not https)
 *   originMatches('https://app.example', 'https://app.example'); // true (exact)
 *
 * Ringfence bundles no Public Suffix List, so a pattern must name at least two labels ("*.com" is
 * refused); "*.co.uk" is accepted and means every site under co.uk — write patterns for domains
 * you know.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The hostname of a serialised origin, or undefined for an opaque or unparsable one. */
export function hostOf(origin: string): string | undefined {
  if (origin === 'null') return undefined;
  try {
    const host = new URL(origin).hostname;
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/** Whether `text` is a valid origin condition; the reason when not (for the import error). */
export function originConditionProblem(text: string): string | undefined {
  if (text.startsWith('*.')) {
    const labels = text.slice(2).split('.');
    if (labels.length < 2) return 'a domain pattern needs at least two labels, e.g. "*.example.com"';
    if (!labels.every((l) => LABEL.test(l)))
      return 'expected a lowercase domain after "*." (letters, digits, hyphens; punycode for others)';
    return undefined;
  }
  let serialised: string | undefined;
  try {
    serialised = new URL(text).origin;
  } catch {}
  if (serialised === undefined || serialised === 'null' || serialised !== text)
    return 'expected an exact origin like "https://app.example" (no path, no trailing slash) or "*.example.com"';
  return undefined;
}

/**
 * The host a "*.domain" pattern is compared with: that of an https origin on the default port,
 * written exactly as the browser serialises it; undefined for any other origin (no pattern
 * matches it). Evaluation computes it once per request.
 */
export function patternHostOf(origin: string): string | undefined {
  if (!origin.startsWith('https://')) return undefined;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && url.port === '' && url.origin === origin ? url.hostname : undefined;
}

/** Whether `host` ({@link patternHostOf}) lies under the validated pattern "*.domain". */
export function hostMatchesPattern(pattern: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  const domain = pattern.slice(2);
  return host === domain || (host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/** Whether the request's `origin` satisfies the condition `pattern` (already validated). */
export function originMatches(pattern: string, origin: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === origin;
  return hostMatchesPattern(pattern, patternHostOf(origin));
}

/**
 * The last two labels of a host ("app.uniswap.org" → "uniswap.org"): the part eth-phishing-detect
 * compares against its fuzzylist. Without a Public Suffix List this is a heuristic, not the
 * registrable domain of "x.co.uk".
 */
export function rootDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** The host and each parent domain: "a.b.example.com" → [a.b.example.com, b.example.com, example.com]. */
export function hostAndParents(host: string): string[] {
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out.length > 0 ? out : [host];
}
