import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import trezor from '../fixtures/bip39-trezor-vectors.json';
import {
  entropyToMnemonic,
  generateMnemonic,
  MnemonicError,
  mnemonicToEntropy,
  mnemonicToSeed,
  validateMnemonic,
} from './mnemonic';

// trezor/python-mnemonic vectors.json: [entropy, mnemonic, seed (passphrase "TREZOR"), xprv].
const english = trezor.english as [string, string, string, string][];
const LEGAL = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

/** Every message validateMnemonic may produce. Matching one proves no phrase word was echoed. */
const MESSAGE_TEMPLATES = [
  /^phrase: expected 12, 15, 18, 21 or 24 words, got \d+$/,
  /^phrase: word \d+ is not in the BIP-39 English list$/,
  /^phrase: words \d+(, \d+)+ are not in the BIP-39 English list$/,
  /^phrase: checksum mismatch — a word is wrong or out of order$/,
];

function errorOf(fn: () => unknown): MnemonicError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MnemonicError);
    return e as MnemonicError;
  }
  throw new Error('expected a MnemonicError');
}

describe('BIP-39 trezor vectors (English, all)', () => {
  it('covers every English vector', () => expect(english.length).toBe(24));

  it.each(english)('%s', async (entropyHex, phrase, seedHex, xprv) => {
    expect(entropyToMnemonic(hexToBytes(entropyHex))).toBe(phrase);
    expect(bytesToHex(mnemonicToEntropy(phrase))).toBe(entropyHex);
    expect(validateMnemonic(phrase)).toBe(phrase);
    const seed = await mnemonicToSeed(phrase, 'TREZOR');
    expect(bytesToHex(seed)).toBe(seedHex);
    expect(HDKey.fromMasterSeed(seed).privateExtendedKey).toBe(xprv);
  });
});

describe('normalisation of pasted phrases', () => {
  it('ignores extra whitespace, newlines and capitals, and derives the same seed', async () => {
    const messy = `  Legal WINNER\tthank\n\nyear wave\u00a0sausage worth  useful\r\nlegal winner thank Yellow \n`;
    expect(validateMnemonic(messy)).toBe(LEGAL);
    const [, , seedHex] = english.find(([, p]) => p === LEGAL)!;
    expect(bytesToHex(await mnemonicToSeed(messy, 'TREZOR'))).toBe(seedHex);
  });

  it('keeps the passphrase exactly as given (case and spaces matter)', async () => {
    const a = await mnemonicToSeed(LEGAL, 'TREZOR');
    const b = await mnemonicToSeed(LEGAL, 'trezor');
    const c = await mnemonicToSeed(LEGAL, ' TREZOR');
    expect(bytesToHex(a)).not.toBe(bytesToHex(b));
    expect(bytesToHex(a)).not.toBe(bytesToHex(c));
  });
});

describe('generateMnemonic', () => {
  it.each([12, 24] as const)('%i words: valid, right length, fresh each call', (n) => {
    const phrases = Array.from({ length: 5 }, () => generateMnemonic(n));
    for (const p of phrases) {
      expect(p.split(' ')).toHaveLength(n);
      expect(validateMnemonic(p)).toBe(p);
    }
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('rejects other lengths', () => {
    expect(() => generateMnemonic(13 as 12)).toThrow(new RangeError('words: expected 12 or 24, got 13'));
  });
});

describe('validateMnemonic errors', () => {
  const words = LEGAL.split(' ');

  it('wrong word count', () => {
    const e = errorOf(() => validateMnemonic(words.slice(0, 11).join(' ')));
    expect(e.problem).toBe('word-count');
    expect(e.message).toBe('phrase: expected 12, 15, 18, 21 or 24 words, got 11');
    expect(errorOf(() => validateMnemonic('   ')).message).toMatch(/got 0$/);
  });

  it('unknown word, with its position', () => {
    const typo = words.with(4, 'wavee').join(' ');
    const e = errorOf(() => validateMnemonic(typo));
    expect(e.problem).toBe('unknown-word');
    expect(e.positions).toEqual([5]);
    expect(e.message).toBe('phrase: word 5 is not in the BIP-39 English list');
    const two = words.with(1, 'winer').with(9, 'winnr').join(' ');
    expect(errorOf(() => validateMnemonic(two)).message).toBe(
      'phrase: words 2, 10 are not in the BIP-39 English list',
    );
  });

  it('bad checksum (two words swapped)', () => {
    const swapped = words.with(0, words[1]!).with(1, words[0]!).join(' ');
    const e = errorOf(() => validateMnemonic(swapped));
    expect(e.problem).toBe('checksum');
    expect(e.message).toBe('phrase: checksum mismatch — a word is wrong or out of order');
    expect(e.cause).toBeUndefined(); // the library's error (which may quote words) is not attached
  });

  it('never puts a word of the phrase in the error', () => {
    const bad = [
      words.slice(0, 11).join(' '),
      words.with(4, 'wavee').join(' '),
      words.with(0, words[1]!).with(1, words[0]!).join(' '),
      [...words, 'sausage'].join(' '),
    ];
    for (const phrase of bad) {
      const e = errorOf(() => validateMnemonic(phrase));
      const text = `${String(e)} ${JSON.stringify(e)} ${e.stack ?? ''}`;
      for (const w of new Set(phrase.split(' '))) expect(text).not.toMatch(new RegExp(`\\b${w}\\b`));
    }
  });

  it('never echoes any input (property: only fixed templates with numbers)', () => {
    const token = fc.oneof(fc.constantFrom(...wordlist), fc.stringMatching(/^[a-z]{1,8}$/));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        try {
          validateMnemonic(tokens.join(' '));
        } catch (e) {
          expect(e).toBeInstanceOf(MnemonicError);
          expect(MESSAGE_TEMPLATES.some((t) => t.test((e as Error).message))).toBe(true);
        }
      }),
    );
  });

  it('rejects non-strings without echoing them', () => {
    expect(() => validateMnemonic(12 as unknown as string)).toThrow(
      new TypeError('phrase: expected a string, got number'),
    );
  });
});

describe('entropy and seed', () => {
  it('entropy → mnemonic → entropy is identity (property)', () => {
    const entropy = fc
      .constantFrom(16, 20, 24, 28, 32)
      .chain((n) => fc.uint8Array({ minLength: n, maxLength: n }));
    fc.assert(
      fc.property(entropy, (bytes) => {
        const phrase = entropyToMnemonic(bytes);
        expect(phrase.split(' ')).toHaveLength((bytes.length * 3) / 4);
        expect(mnemonicToEntropy(phrase)).toEqual(bytes);
      }),
    );
  });

  it('rejects entropy of the wrong length or type', () => {
    expect(() => entropyToMnemonic(new Uint8Array(15))).toThrow(
      new RangeError('entropy: expected 16, 20, 24, 28 or 32 bytes, got 15'),
    );
    expect(() => entropyToMnemonic('00' as unknown as Uint8Array)).toThrow(/^entropy: expected a Uint8Array/);
  });

  it('mnemonicToSeed refuses an invalid phrase instead of deriving an empty wallet', async () => {
    await expect(mnemonicToSeed(LEGAL.replace('yellow', 'year'))).rejects.toBeInstanceOf(MnemonicError);
    await expect(mnemonicToSeed(LEGAL, 1 as unknown as string)).rejects.toThrow(
      'passphrase: expected a string, got number',
    );
  });
});
