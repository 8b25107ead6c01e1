/**
 * BIP-39 mnemonic phrases, English wordlist only: generation, validation with precise errors
 * that never echo the phrase, the entropy round-trip, and the PBKDF2 seed.
 *
 * @example
 * const phrase = validateMnemonic(pastedText); // normalised, or a MnemonicError saying what is wrong
 * const seed = await mnemonicToSeed(phrase);   // 64 bytes
 * zero(seed);                                  // the caller owns and clears secret buffers
 */
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, isBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import * as bip39 from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { zero } from './zero';

const WORD_COUNTS: readonly number[] = [12, 15, 18, 21, 24];
const ENTROPY_LENGTHS: readonly number[] = [16, 20, 24, 28, 32];
const ENGLISH = new Set(wordlist);

/** What is wrong with a phrase, for the UI to explain or highlight (`positions` are 1-based). */
export type MnemonicProblem = 'word-count' | 'unknown-word' | 'checksum';

/**
 * A phrase failed validation. The message and fields describe the problem by count and position
 * only: the phrase is a secret, and error text ends up in logs, crash reports and the audit log.
 */
export class MnemonicError extends Error {
  override readonly name = 'MnemonicError';
  readonly problem: MnemonicProblem;
  readonly positions: readonly number[];
  constructor(problem: MnemonicProblem, message: string, positions: readonly number[] = []) {
    super(message);
    this.problem = problem;
    this.positions = positions;
  }
}

/** A fresh random phrase: 12 words (128-bit entropy) or 24 words (256-bit). */
export function generateMnemonic(words: 12 | 24): string {
  if (words !== 12 && words !== 24) {
    throw new RangeError(`words: expected 12 or 24, got ${String(words)}`);
  }
  return bip39.generateMnemonic(wordlist, words === 12 ? 128 : 256);
}

function splitWords(phrase: unknown): string[] {
  if (typeof phrase !== 'string') {
    throw new TypeError(`phrase: expected a string, got ${phrase === null ? 'null' : typeof phrase}`);
  }
  // Users paste from notes, password managers and PDFs: any whitespace run (newline, tab, NBSP,
  // ideographic space) separates words, and capitals are noise since the English list is lowercase.
  // Not normalising would silently derive a different seed from the same words.
  return phrase.normalize('NFKD').toLowerCase().split(/\s+/u).filter(Boolean);
}

/** Checks a phrase and returns it normalised plus its entropy (which the caller must zero). */
function decode(phrase: string): { normalised: string; entropy: Uint8Array } {
  const words = splitWords(phrase);
  if (!WORD_COUNTS.includes(words.length)) {
    throw new MnemonicError('word-count', `phrase: expected 12, 15, 18, 21 or 24 words, got ${words.length}`);
  }
  const unknown = words.flatMap((w, i) => (ENGLISH.has(w) ? [] : [i + 1]));
  if (unknown.length > 0) {
    const which = unknown.length === 1 ? `word ${unknown[0]} is` : `words ${unknown.join(', ')} are`;
    throw new MnemonicError('unknown-word', `phrase: ${which} not in the BIP-39 English list`, unknown);
  }
  const normalised = words.join(' ');
  try {
    return { normalised, entropy: bip39.mnemonicToEntropy(normalised, wordlist) };
  } catch {
    // No `cause`: the library's own messages may quote words of the phrase.
    throw new MnemonicError('checksum', 'phrase: checksum mismatch — a word is wrong or out of order');
  }
}

/**
 * Validates a phrase typed or pasted by a user and returns its canonical form (lowercase words
 * joined by single spaces). Throws {@link MnemonicError} for a wrong word count, a word outside
 * the English list, or a bad checksum; TypeError if `phrase` is not a string.
 */
export function validateMnemonic(phrase: string): string {
  const { normalised, entropy } = decode(phrase);
  zero(entropy);
  return normalised;
}

/** The BIP-39 entropy behind a phrase (16–32 bytes); validates the phrase first. */
export function mnemonicToEntropy(phrase: string): Uint8Array {
  return decode(phrase).entropy;
}

/** The English phrase for 16, 20, 24, 28 or 32 bytes of entropy. */
export function entropyToMnemonic(entropy: Uint8Array): string {
  if (!isBytes(entropy)) {
    throw new TypeError(`entropy: expected a Uint8Array, got ${entropy === null ? 'null' : typeof entropy}`);
  }
  if (!ENTROPY_LENGTHS.includes(entropy.length)) {
    throw new RangeError(`entropy: expected 16, 20, 24, 28 or 32 bytes, got ${entropy.length}`);
  }
  return bip39.entropyToMnemonic(entropy, wordlist);
}

/**
 * The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase.
 * The phrase is validated and normalised first, so a typo fails loudly instead of opening an
 * empty wallet. The passphrase is used as given (NFKD only): its spaces and case are part of it.
 */
export async function mnemonicToSeed(phrase: string, passphrase = ''): Promise<Uint8Array> {
  const normalised = validateMnemonic(phrase);
  if (typeof passphrase !== 'string') {
    throw new TypeError(
      `passphrase: expected a string, got ${passphrase === null ? 'null' : typeof passphrase}`,
    );
  }
  return bip39.mnemonicToSeed(normalised, passphrase);
}

/**
 * The phrase as NFKD UTF-8 bytes, built word by word from the entropy (BIP-39 §"Generating the
 * mnemonic"): the secret phrase never exists as a JS string, which could not be zeroed.
 */
export function entropyToPhraseBytes(entropy: Uint8Array): Uint8Array {
  if (!isBytes(entropy) || !ENTROPY_LENGTHS.includes(entropy.length))
    throw new RangeError('entropy: expected 16, 20, 24, 28 or 32 bytes');
  const buf = concatBytes(entropy, sha256(entropy).subarray(0, 1));
  const words = ((entropy.length * 8) / 32) * 3;
  const parts: Uint8Array[] = [];
  for (let w = 0; w < words; w++) {
    let index = 0;
    for (let b = w * 11; b < w * 11 + 11; b++) index = (index << 1) | ((buf[b >> 3]! >> (7 - (b & 7))) & 1);
    const word = wordlist[index]!; // public: one of 2048 list entries
    if (w > 0) parts.push(Uint8Array.of(0x20));
    parts.push(Uint8Array.from(word, (c) => c.charCodeAt(0)));
  }
  buf.fill(0);
  const out = concatBytes(...parts);
  for (const p of parts) p.fill(0);
  return out;
}

/**
 * PBKDF2-HMAC-SHA512, 2048 rounds, 64 bytes: WebCrypto's native build (~2 ms, vs ~10–50 ms for
 * noble's JS on every unlock), noble where WebCrypto is missing. Same bytes (BIP-39 vectors in tests).
 */
async function bip39Pbkdf2(phrase: Uint8Array, salt: Uint8Array) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return pbkdf2Async(sha512, phrase, salt, { c: 2048, dkLen: 64 });
  const key = await subtle.importKey('raw', phrase as Uint8Array<ArrayBuffer>, 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-512', salt: salt as Uint8Array<ArrayBuffer>, iterations: 2048 },
    key,
    512,
  );
  return new Uint8Array(bits);
}

/** The BIP-39 seed from entropy and an NFKD UTF-8 passphrase, with no phrase string in between. */
export async function entropyToSeed(entropy: Uint8Array, passphrase: Uint8Array): Promise<Uint8Array> {
  const phrase = entropyToPhraseBytes(entropy);
  const salt = concatBytes(utf8ToBytes('mnemonic'), passphrase);
  try {
    return await bip39Pbkdf2(phrase, salt);
  } finally {
    phrase.fill(0);
    salt.fill(0);
  }
}
