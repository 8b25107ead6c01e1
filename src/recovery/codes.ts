/**
 * The texts people copy between Ringfence wallets during guardian recovery, all bech32m with a
 * prefix that says what they are (so pasting one in the wrong field fails with a clear reason):
 *
 *   rfguardian1…  a guardian code: the guardian's dedicated public key (33 bytes)
 *   rfrequest1…   a recovery request code: the new browser's ephemeral public key (33 bytes)
 *   rfsealed1…    an envelope sealed to a guardian: clear header (24 bytes) ‖ sealed envelope
 *   rfrelease1…   a share released to a request: clear header (24 bytes) ‖ sealed envelope
 *   rfcheck1…     a health challenge: splitId ‖ epoch ‖ index ‖ nonce (37 bytes)
 *   rfanswer1…    its answer: a 64-byte secp256k1 signature by the share's health key
 *
 * The clear header is the envelope's first 24 bytes (version, split id, epoch, t, n, index: no
 * commitment, nothing secret); it is the sealing's associated data, so it cannot be swapped.
 * Fingerprint words: 6 BIP-39 words (66 bits) of SHA-256("ringfence/fingerprint/v1" ‖ key), read
 * aloud to compare a code out of band. docs/envelopes.md has the details.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { bech32m } from '@scure/base';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { RecoveryError } from './errors.js';

export type CodeKind = 'guardian' | 'request';
export type SealedKind = 'sealed' | 'release';
const PREFIX = {
  guardian: 'rfguardian',
  request: 'rfrequest',
  sealed: 'rfsealed',
  release: 'rfrelease',
  check: 'rfcheck',
  answer: 'rfanswer',
} as const;
type Prefix = keyof typeof PREFIX;
const NAMES: Record<Prefix, string> = {
  guardian: 'guardian code',
  request: 'recovery request code',
  sealed: 'sealed envelope',
  release: 'released share',
  check: 'challenge',
  answer: 'response',
};
const LIMIT = 1000;
/** Bytes of an envelope's clear header: version, split id, epoch, threshold, count, index. */
export const CLEAR_HEADER_LENGTH = 24;
export const NONCE_LENGTH = 16;

function encode(kind: Prefix, bytes: Uint8Array): string {
  return bech32m.encode(PREFIX[kind], bech32m.toWords(bytes), LIMIT);
}

/** Decodes text of one kind; whitespace and case are forgiven; anything else is a RecoveryError. */
function decode(kind: Prefix, text: unknown): Uint8Array {
  const name = NAMES[kind];
  if (typeof text !== 'string') throw new RecoveryError('malformed', `${name}: expected text`);
  const clean = text.replace(/[\s-]+/g, '').toLowerCase();
  if (clean.length === 0) throw new RecoveryError('malformed', `${name}: empty`);
  if (clean.length > LIMIT) throw new RecoveryError('malformed', `${name}: too long`);
  const sep = clean.lastIndexOf('1');
  const prefix = sep > 0 ? clean.slice(0, sep) : '';
  if (prefix !== PREFIX[kind]) {
    const other = (Object.keys(PREFIX) as Prefix[]).find((k) => PREFIX[k] === prefix);
    throw new RecoveryError(
      'prefix',
      other
        ? `This is a ${NAMES[other]}, not a ${name}`
        : `${name}: expected text starting "${PREFIX[kind]}1"`,
    );
  }
  try {
    return bech32m.fromWords(bech32m.decode(clean as `${string}1${string}`, LIMIT).words);
  } catch {
    throw new RecoveryError('checksum', `${name}: a character is wrong or missing (checksum mismatch)`);
  }
}

function exact(kind: Prefix, bytes: Uint8Array, length: number): Uint8Array {
  if (bytes.length !== length)
    throw new RecoveryError('malformed', `${NAMES[kind]}: expected ${length} bytes, got ${bytes.length}`);
  return bytes;
}

export const encodeCode = (kind: CodeKind, publicKey: Uint8Array) => encode(kind, exact(kind, publicKey, 33));
/** The 33-byte public key of a code (curve membership is checked where it is used). */
export const parseCode = (kind: CodeKind, text: unknown) => exact(kind, decode(kind, text), 33);

export function fingerprintWords(publicKey: Uint8Array): string[] {
  const h = sha256(concatBytes(utf8ToBytes('ringfence/fingerprint/v1'), publicKey));
  const words: string[] = [];
  for (let w = 0; w < 6; w++) {
    let index = 0;
    for (let b = w * 11; b < w * 11 + 11; b++) index = (index << 1) | ((h[b >> 3]! >> (7 - (b & 7))) & 1);
    words.push(wordlist[index]!);
  }
  return words;
}

/** The clear header from the split's public facts (the same bytes as the envelope's first 24). */
export function buildClearHeader(f: {
  splitId: Uint8Array;
  epoch: number;
  threshold: number;
  count: number;
  index: number;
}): Uint8Array {
  const out = new Uint8Array(CLEAR_HEADER_LENGTH);
  out[0] = 1;
  out.set(f.splitId, 1);
  new DataView(out.buffer).setUint32(17, f.epoch);
  out[21] = f.threshold;
  out[22] = f.count;
  out[23] = f.index;
  return out;
}

export function encodeSealed(kind: SealedKind, header: Uint8Array, sealed: Uint8Array): string {
  return encode(kind, concatBytes(exact(kind, header, CLEAR_HEADER_LENGTH), sealed));
}

export function parseSealed(kind: SealedKind, text: unknown): { header: Uint8Array; sealed: Uint8Array } {
  const bytes = decode(kind, text);
  if (bytes.length < CLEAR_HEADER_LENGTH + 73)
    throw new RecoveryError('malformed', `${NAMES[kind]}: too short`);
  return { header: bytes.slice(0, CLEAR_HEADER_LENGTH), sealed: bytes.slice(CLEAR_HEADER_LENGTH) };
}

/** The public facts of a clear header (no check that an envelope behind it agrees: see open). */
export function readClearHeader(header: Uint8Array) {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return {
    version: header[0]!,
    splitId: header.slice(1, 17),
    epoch: view.getUint32(17),
    threshold: header[21]!,
    count: header[22]!,
    index: header[23]!,
  };
}

export interface Challenge {
  splitId: Uint8Array;
  epoch: number;
  index: number;
  nonce: Uint8Array;
}

export function encodeChallenge(c: Challenge): string {
  const fixed = new Uint8Array(5);
  new DataView(fixed.buffer).setUint32(0, c.epoch);
  fixed[4] = c.index;
  return encode(
    'check',
    concatBytes(exact('check', c.splitId, 16), fixed, exact('check', c.nonce, NONCE_LENGTH)),
  );
}

export function parseChallenge(text: unknown): Challenge & { bytes: Uint8Array } {
  const bytes = exact('check', decode('check', text), 16 + 5 + NONCE_LENGTH);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    splitId: bytes.slice(0, 16),
    epoch: view.getUint32(16),
    index: bytes[20]!,
    nonce: bytes.slice(21),
    bytes,
  };
}

/** What a health key signs: a digest of the challenge, domain-separated. */
export const challengeDigest = (challengeBytes: Uint8Array) =>
  sha256(concatBytes(utf8ToBytes('ringfence/health/v1'), challengeBytes));

export const encodeAnswer = (signature: Uint8Array) => encode('answer', exact('answer', signature, 64));
export const parseAnswer = (text: unknown) => exact('answer', decode('answer', text), 64);
