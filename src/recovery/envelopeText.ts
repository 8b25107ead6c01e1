/**
 * Envelope text: the binary envelope (./envelope.ts) as bech32m (BIP-350) with the prefix
 * "rfshare", for typing, reading aloud and QR codes.
 *
 *   const text = encodeEnvelopeText(env);              // "rfshare1qy...": 157 characters for 32 bytes
 *   const shown = encodeEnvelopeText(env, { group: 5 }); // "rfshare1 qyqsz ..." for paper
 *   const env2 = parseEnvelope(input);                 // throws only RecoveryError, on any input
 *
 * Why bech32m catches every typo that matters: its checksum is a cyclic BCH code over GF(32)
 * of length 1023 (BIP-173 "Checksum design") whose generator has degree 6. An error confined to
 * at most 6 consecutive symbols is e(x) = x^i·b(x) with b ≠ 0 of degree ≤ 5; the generator shares
 * no factor with x and has a higher degree than b, so it cannot divide e: every such burst is
 * detected at any length ≤ 1023. A substituted character is a burst of 1 and a swap of neighbours
 * a burst of 2. Our checked string is ≤ 15 (prefix expansion) + 151 + 6 symbols, far below 1023,
 * but above bech32's usual 90-character limit, so we raise the library's limit explicitly.
 * bech32m rather than bech32: it closes bech32's insertion/deletion weakness before a final "p".
 * (envelopeText.test.ts also checks every substitution and every swap of a real envelope.)
 */
import { bech32m } from '@scure/base';
import { decodeEnvelope, ENTROPY_LENGTHS, type Envelope, encodeEnvelope, HEADER_LENGTH } from './envelope.js';
import { cleanupBytes, RecoveryError } from './errors.js';

/** Human-readable prefix of envelope text. */
export const ENVELOPE_PREFIX = 'rfshare';
const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** Longest valid envelope text (32-byte entropy), without group separators. */
export const MAX_TEXT_LENGTH =
  ENVELOPE_PREFIX.length + 1 + Math.ceil(((HEADER_LENGTH + Math.max(...ENTROPY_LENGTHS) + 1) * 8) / 5) + 6;
/** Raw input beyond this (spaces, line breaks included) is refused before any other work. */
const MAX_INPUT_LENGTH = 4 * MAX_TEXT_LENGTH;

/** Options of encodeEnvelopeText. */
export interface TextOptions {
  /** Split the data part into groups of this many characters, separated by spaces (0 = none). */
  readonly group?: number;
}

/** Envelope → bech32m text, lower case. Contains the share: treat the text as secret. */
export function encodeEnvelopeText(env: Envelope, opts: TextOptions = {}): string {
  const group = opts.group ?? 0;
  if (!Number.isInteger(group) || group < 0) {
    throw new RecoveryError('malformed', 'encodeEnvelopeText: opts.group: expected a non-negative integer');
  }
  const bytes = encodeEnvelope(env);
  const words = bech32m.toWords(bytes);
  cleanupBytes(bytes);
  const text = bech32m.encode(ENVELOPE_PREFIX, words, MAX_TEXT_LENGTH);
  words.fill(0);
  if (group === 0) return text;
  const head = `${ENVELOPE_PREFIX}1`;
  const data = text.slice(head.length);
  const groups = [head];
  for (let i = 0; i < data.length; i += group) groups.push(data.slice(i, i + group));
  return groups.join(' ');
}

/** Strips whitespace and "-" (neither is in the bech32 alphabet) and folds case: mixed case is fine. */
function normalise(text: string): string {
  if (text.length > MAX_INPUT_LENGTH) {
    throw new RecoveryError('length', `parseEnvelope: text: longer than ${MAX_INPUT_LENGTH} characters`);
  }
  const compact = text.replace(/[\s-]+/g, '');
  // Checked before lower-casing: toLowerCase maps some non-ASCII letters (e.g. U+212A KELVIN) to ASCII.
  const stray = compact.search(/[^\x21-\x7e]/);
  if (stray >= 0) {
    throw new RecoveryError('malformed', `parseEnvelope: text: character ${stray + 1} is not plain ASCII`);
  }
  if (compact.length > MAX_TEXT_LENGTH) {
    throw new RecoveryError(
      'length',
      `parseEnvelope: text: ${compact.length} characters, at most ${MAX_TEXT_LENGTH}`,
    );
  }
  return compact.toLowerCase();
}

function parse(text: string): Envelope {
  if (typeof text !== 'string')
    throw new RecoveryError('malformed', 'parseEnvelope: text: expected a string');
  const s = normalise(text);
  const sep = s.lastIndexOf('1');
  if (sep < 1) throw new RecoveryError('malformed', 'parseEnvelope: text: no "rfshare1" prefix');
  for (let i = sep + 1; i < s.length; i++) {
    if (!ALPHABET.includes(s[i]!)) {
      throw new RecoveryError(
        'malformed',
        `parseEnvelope: text: character ${i + 1} is not in the bech32 alphabet`,
      );
    }
  }
  if (s.length - sep - 1 < 6)
    throw new RecoveryError('length', 'parseEnvelope: text: too short for a checksum');
  // Every shape check is done above, so what bech32m.decode refuses now is the checksum. Its
  // message quotes the input (the share!), so it is neither shown nor kept as a cause.
  const decoded = bech32m.decodeUnsafe(s, MAX_TEXT_LENGTH);
  if (!decoded) {
    throw new RecoveryError(
      'checksum',
      'parseEnvelope: text: checksum mismatch (a typo, or a part is missing)',
    );
  }
  if (decoded.prefix !== ENVELOPE_PREFIX) {
    throw new RecoveryError(
      'prefix',
      `parseEnvelope: text: expected prefix "${ENVELOPE_PREFIX}1", not a Ringfence share`,
    );
  }
  const bytes = bech32m.fromWordsUnsafe(decoded.words);
  decoded.words.fill(0);
  if (!bytes) throw new RecoveryError('malformed', 'parseEnvelope: text: invalid padding in the data part');
  try {
    return decodeEnvelope(bytes);
  } finally {
    cleanupBytes(bytes);
  }
}

/**
 * Text → Envelope. Tolerates spaces, line breaks, "-" and any letter case. Throws RecoveryError
 * ('malformed' | 'length' | 'checksum' | 'prefix' | 'version' | 'threshold' | 'zero-x') and nothing
 * else, for any input whatsoever; messages name positions, never characters of the share.
 */
export function parseEnvelope(text: string): Envelope {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof RecoveryError) throw e;
    // A library refusal we did not foresee: keep the contract, drop the message (it may quote input).
    throw new RecoveryError('malformed', 'parseEnvelope: text: not a valid envelope');
  }
}
