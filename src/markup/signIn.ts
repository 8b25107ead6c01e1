/**
 * A parsed Sign-In with Ethereum message → a `sign-in` card with the checks EIP-4361 asks of
 * wallets ("Verifying the Request Origin"): the domain must be the requesting origin's, or a
 * phishing site is collecting a login for another site. https://eips.ethereum.org/EIPS/eip-4361
 *
 *   signInCard(parseSiwe(text), base, { chainId: 1 }); // 'Sign in to example.com as 0xC02a…6Cc2'
 */
import { type Card, type CardBase, card, type Field, type Risk, risk } from './card';
import { addressField, clip, sameAddress } from './describe';
import { shortAddress } from './format';
import type { SiweMessage } from './siwe';

export interface SignInContext {
  /** The selected chain. */
  chainId: number;
  /** Milliseconds since the epoch; defaults to now (tests pin it). */
  now?: number;
}

const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443', ws: '80', wss: '443' };

/** host and port (the scheme's default when none is written), lowercased, of an authority. */
function hostPort(authority: string, scheme: string): string {
  const hp = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase(); // userinfo is no part of the site
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hp);
  return `${m?.[1] ?? hp}:${m?.[2] || DEFAULT_PORT[scheme] || ''}`;
}

function originParts(origin: string): { scheme: string; hostPort: string } | undefined {
  try {
    const u = new URL(origin);
    const scheme = u.protocol.slice(0, -1);
    return { scheme, hostPort: `${u.hostname.toLowerCase()}:${u.port || DEFAULT_PORT[scheme] || ''}` };
  } catch {
    return undefined; // an opaque origin ("null") matches no domain
  }
}

function uriOrigin(uri: string): string | undefined {
  try {
    return new URL(uri).origin;
  } catch {
    return undefined;
  }
}

function risks(m: SiweMessage, base: CardBase, ctx: SignInContext): Risk[] {
  const out: Risk[] = [];
  const origin = originParts(base.origin);
  // A domain without a port means the requesting page's default port; a differing scheme is
  // reported on its own (siwe-scheme-mismatch), not as another site.
  if (!origin || hostPort(m.domain, origin.scheme) !== origin.hostPort) {
    out.push(
      risk(
        'siwe-domain-mismatch',
        'danger',
        `This sign-in is for ${m.domain}, but ${base.origin} is asking. Signing lets ${base.origin} sign in to ${m.domain} as you.`,
      ),
    );
  } else if (m.scheme && m.scheme.toLowerCase() !== origin.scheme) {
    out.push(
      risk(
        'siwe-scheme-mismatch',
        'warning',
        `The sign-in is for ${m.scheme}://, the site uses ${origin.scheme}://.`,
      ),
    );
  }
  if (uriOrigin(m.uri) !== base.origin)
    out.push(
      risk('siwe-uri-mismatch', 'warning', `The sign-in names ${m.uri}, which is not on ${base.origin}.`),
    );
  if (m.chainId !== ctx.chainId)
    out.push(
      risk(
        'siwe-chain-mismatch',
        'warning',
        `The sign-in is for chain ${m.chainId}, you are on ${ctx.chainId}.`,
      ),
    );
  if (base.account && !sameAddress(base.account, m.address))
    out.push(
      risk(
        'siwe-address-mismatch',
        'warning',
        `The sign-in names ${m.address}, not the account that would sign it.`,
      ),
    );
  const now = ctx.now ?? Date.now();
  if (m.expirationTime && Date.parse(m.expirationTime) <= now)
    out.push(risk('siwe-expired', 'warning', `This sign-in request expired at ${m.expirationTime}.`));
  if (m.notBefore && Date.parse(m.notBefore) > now)
    out.push(risk('siwe-not-yet-valid', 'info', `This sign-in only becomes valid at ${m.notBefore}.`));
  return out;
}

/** The `sign-in` card for `m`, asked for by `base.origin`. */
export function signInCard(m: SiweMessage, base: CardBase, ctx: SignInContext): Card {
  const domain = m.scheme ? `${m.scheme}://${m.domain}` : m.domain;
  const optional = (label: string, value: string | undefined, format: Field['format']): Field[] =>
    value === undefined ? [] : [{ label, value: clip(value), format }];
  // EIP-4361: domain, address, statement and resources MUST be shown by default — so, in the summary.
  const shown = m.resources.slice(0, 10).map((r) => `Resource: ${clip(r, 300)}`);
  if (m.resources.length > 10) shown.push(`and ${m.resources.length - 10} more resources`);
  return card('sign-in', base, {
    title: `Sign in to ${clip(m.domain, 100)}`,
    summary: [
      `Sign in to ${clip(m.domain, 100)} as ${shortAddress(m.address)}`,
      ...(m.statement ? [`"${clip(m.statement, 500)}"`] : []),
      ...shown,
    ],
    fields: [
      { label: 'Domain', value: clip(domain), format: 'text' },
      addressField('Address', m.address),
      ...optional('Statement', m.statement, 'text'),
      { label: 'URI', value: clip(m.uri), format: 'url' },
      { label: 'Version', value: m.version, format: 'text' },
      { label: 'Chain ID', value: String(m.chainId), format: 'number' },
      { label: 'Nonce', value: clip(m.nonce), format: 'text' },
      { label: 'Issued At', value: m.issuedAt, format: 'date' },
      ...optional('Expiration Time', m.expirationTime, 'date'),
      ...optional('Not Before', m.notBefore, 'date'),
      ...optional('Request ID', m.requestId, 'text'),
      ...(m.resources.length
        ? [
            {
              label: 'Resources',
              children: m.resources
                .slice(0, 500)
                .map((r) => ({ label: 'Resource', value: clip(r), format: 'url' as const })),
            },
          ]
        : []),
    ],
    risks: risks(m, base, ctx),
  });
}
