/**
 * Sign-In with Ethereum (EIP-4361, https://eips.ethereum.org/EIPS/eip-4361): a strict parser for
 * the message's ABNF. A message that does not conform is not a sign-in; wallets SHOULD warn when
 * the SIWE phrase appears in one that does not conform (looksLikeSiwe tells).
 *
 *   const m = parseSiwe(text); // SiweMessage, or a SyntaxError naming the line and what it expected
 *   m.domain; // 'example.com'
 */
import { isAddress } from '../chains/evm/address';

export interface SiweMessage {
  /** The URI scheme of the requesting origin, when the message states one ("https"). */
  scheme?: string;
  /** RFC 3986 authority: [userinfo "@"] host [":" port]. */
  domain: string;
  address: string;
  statement?: string;
  uri: string;
  version: '1';
  chainId: number;
  nonce: string;
  issuedAt: string;
  expirationTime?: string;
  notBefore?: string;
  requestId?: string;
  resources: string[];
}

const PHRASE = ' wants you to sign in with your Ethereum account:';

// RFC 3986 character classes, as the ABNF uses them.
const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const RESERVED = `:/?#\\[\\]@${SUB_DELIMS}`;
const SCHEME = /^[A-Za-z][A-Za-z0-9+\-.]*$/;
const AUTHORITY = new RegExp(
  `^(?:[${UNRESERVED}${SUB_DELIMS}:%]*@)?(?:\\[[0-9A-Fa-f:.]+\\]|[${UNRESERVED}${SUB_DELIMS}%]+)(?::\\d*)?$`,
);
const STATEMENT = new RegExp(`^[${RESERVED}${UNRESERVED} ]*$`);
// A URI is scheme ":" then URI characters; the full hier-part grammar is not needed to display it.
const URI = new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:[${RESERVED}${UNRESERVED}%]*$`);
const PCHARS = new RegExp(`^[${UNRESERVED}${SUB_DELIMS}:@%]*$`);
const NONCE = /^[A-Za-z0-9]{8,}$/;
// RFC 3339 date-time.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** True when `text` carries the SIWE phrase: it claims to be a sign-in, conforming or not. */
export function looksLikeSiwe(text: string): boolean {
  return text.includes('wants you to sign in with your Ethereum account');
}

function fail(line: number, expected: string): never {
  throw new SyntaxError(`SIWE message line ${line + 1}: expected ${expected}`);
}

function check(value: string, re: RegExp, line: number, what: string): string {
  if (!re.test(value)) fail(line, what);
  return value;
}

/** Parses a SIWE message exactly per the EIP's ABNF (LF line ends, fields in order, nothing after). */
export function parseSiwe(text: string): SiweMessage {
  const lines = text.split('\n');
  let i = 0;
  const next = (): string | undefined => lines[i];

  const header = next() ?? '';
  if (!header.endsWith(PHRASE)) fail(0, `"<domain>${PHRASE}"`);
  let authority = header.slice(0, -PHRASE.length);
  let scheme: string | undefined;
  const sep = authority.indexOf('://');
  if (sep >= 0) {
    scheme = check(authority.slice(0, sep), SCHEME, 0, 'a URI scheme before "://"');
    authority = authority.slice(sep + 3);
  }
  const domain = check(authority, AUTHORITY, 0, 'an RFC 3986 authority (host[:port]) as the domain');
  i++;
  const address = next() ?? '';
  if (!isAddress(address)) fail(i, 'an address, 0x + 40 hex digits with a valid EIP-55 checksum');
  i++;
  if (next() !== '') fail(i, 'an empty line after the address');
  i++;
  // [ statement LF ] LF: a statement line then an empty one, or just the empty one.
  let statement: string | undefined;
  if (next() !== '' || lines[i + 1] === '') {
    statement = check(next() ?? '', STATEMENT, i, 'a one-line statement of RFC 3986 characters');
    i++;
    if (next() !== '') fail(i, 'an empty line after the statement');
  }
  i++;

  const optional = (tag: string, what: string, valid: (v: string) => boolean): string | undefined => {
    const line = next();
    if (!line?.startsWith(`${tag}: `)) return undefined;
    const value = line.slice(tag.length + 2);
    if (!valid(value)) fail(i, `"${tag}: " and ${what}`);
    i++;
    return value;
  };
  const required = (tag: string, what: string, valid: (v: string) => boolean): string =>
    optional(tag, what, valid) ?? fail(i, `"${tag}: " and ${what}`);
  const is = (re: RegExp) => (v: string) => re.test(v);
  const isDate = (v: string) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
  const DATE = 'an RFC 3339 date-time';

  const uri = required('URI', 'an RFC 3986 URI', is(URI));
  required('Version', '1', (v) => v === '1');
  const chainId = Number(required('Chain ID', 'a decimal chain id', is(/^\d{1,15}$/)));
  const nonce = required('Nonce', 'at least 8 letters or digits', is(NONCE));
  const issuedAt = required('Issued At', DATE, isDate);
  const expirationTime = optional('Expiration Time', DATE, isDate);
  const notBefore = optional('Not Before', DATE, isDate);
  const requestId = optional('Request ID', 'URI path characters', is(PCHARS));
  const resources: string[] = [];
  if (next() === 'Resources:') {
    i++;
    for (let line = next(); line?.startsWith('- '); line = next()) {
      resources.push(check(line.slice(2), URI, i, 'a resource "- <URI>"'));
      i++;
    }
  }
  if (i !== lines.length) fail(i, 'the end of the message (a line is out of order or unknown)');

  return {
    ...(scheme ? { scheme } : {}),
    domain,
    address,
    ...(statement !== undefined ? { statement } : {}),
    uri,
    version: '1',
    chainId,
    nonce,
    issuedAt,
    ...(expirationTime !== undefined ? { expirationTime } : {}),
    ...(notBefore !== undefined ? { notBefore } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    resources,
  };
}
