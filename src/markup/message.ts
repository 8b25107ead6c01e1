/**
 * personal_sign (EIP-191 version 0x45, https://eips.ethereum.org/EIPS/eip-191) → a card: the text
 * when the bytes are printable UTF-8, a sign-in card when the text is a conforming EIP-4361
 * message, and hex with a warning otherwise. A message that claims to be a sign-in but does not
 * conform is shown as text with `siwe-malformed` (EIP-4361 "Verifying the Message Format").
 *
 *   messageCard(new TextEncoder().encode('hello'), base, { chainId: 1 }).summary; // ['Sign "hello"']
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { type Card, type CardBase, card, type Risk, risk } from './card';
import { clip } from './describe';
import { type SignInContext, signInCard } from './signIn';
import { looksLikeSiwe, parseSiwe } from './siwe';

export type MessageContext = SignInContext;

// Control characters other than tab and line ends, and the bidirectional overrides and isolates
// that make text display in another order than it is signed ("Trojan Source", CVE-2021-42574).
function hidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The text of `bytes` when they are valid UTF-8 with nothing hidden, else undefined. */
export function printableText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  for (let i = 0; i < text.length; i++) if (hidden(text.charCodeAt(i))) return undefined;
  return text;
}

function binaryCard(bytes: Uint8Array, base: CardBase): Card {
  const hash =
    bytes.length === 32 ? ' It is 32 bytes long, the size of a hash: it may stand for anything.' : '';
  return card('message', base, {
    title: 'Sign binary data',
    summary: [`Sign ${bytes.length} bytes of data that are not readable text`],
    fields: [{ label: 'Message (hex)', value: clip(`0x${bytesToHex(bytes)}`), format: 'hex' }],
    risks: [
      risk(
        'binary-message',
        'warning',
        `Ringfence cannot show what this message means.${hash} Sign it only if you know what it is for.`,
      ),
    ],
  });
}

function textCard(text: string, base: CardBase, risks: Risk[]): Card {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const quoted = first.length > 80 || first.length < text.trimEnd().length ? `${first.slice(0, 80)}…` : first;
  return card('message', base, {
    title: 'Sign a message',
    summary: [text.length === 0 ? 'Sign an empty message' : `Sign "${quoted}"`],
    fields: [{ label: 'Message', value: clip(text), format: 'text' }],
    risks,
  });
}

/** The card for a personal_sign request of `message` (the bytes, before the EIP-191 prefix). */
export function messageCard(message: Uint8Array, base: CardBase, ctx: MessageContext): Card {
  const text = printableText(message);
  if (text === undefined) return binaryCard(message, base);
  if (!looksLikeSiwe(text)) return textCard(text, base, []);
  try {
    return signInCard(parseSiwe(text), base, ctx);
  } catch (e) {
    const why = e instanceof SyntaxError ? ` (${e.message})` : '';
    return textCard(text, base, [
      risk(
        'siwe-malformed',
        'warning',
        `This message says it signs you in, but it is not a valid Sign-In with Ethereum message${why}. Ringfence cannot check which site it is for.`,
      ),
    ]);
  }
}
