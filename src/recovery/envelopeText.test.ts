import { hexToBytes } from '@noble/hashes/utils.js';
import { bech32, bech32m } from '@scure/base';
import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/recovery-v1/envelopes-v1.json';
import { combineEnvelopes } from './combine.js';
import { decodeEnvelope, encodeEnvelope } from './envelope.js';
import { encodeEnvelopeText, MAX_TEXT_LENGTH, parseEnvelope } from './envelopeText.js';
import { RecoveryError } from './errors.js';
import { splitEntropy } from './split.js';
import { expectRefusal } from './testkit.js';

const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HEAD = 'rfshare1';

function reasonOf(text: string): string {
  try {
    parseEnvelope(text);
    return 'ok';
  } catch (e) {
    return e instanceof RecoveryError ? e.reason : 'not a RecoveryError';
  }
}

describe('envelope text', () => {
  it('matches the committed v1 vectors (src/fixtures/recovery-v1), both ways', async () => {
    for (const v of [vectors.deterministic, vectors.random]) {
      const envs = v.envelopes.map((e) => {
        const env = parseEnvelope(e.text);
        expect(encodeEnvelope(env)).toEqual(hexToBytes(e.hex));
        expect(parseEnvelope(e.grouped)).toEqual(env);
        expect(encodeEnvelopeText(env)).toBe(e.text);
        expect(encodeEnvelopeText(env, { group: 5 })).toBe(e.grouped);
        expect(env.share[env.share.length - 1]).toBe(e.x);
        return env;
      });
      expect(await combineEnvelopes(envs.slice(-v.threshold))).toEqual(hexToBytes(vectors.entropy));
    }
    // The deterministic vector is reproducible from its inputs (format stability).
    const d = vectors.deterministic;
    const again = await splitEntropy(hexToBytes(vectors.entropy), {
      threshold: d.threshold,
      shares: d.shares,
      epoch: d.epoch,
      splitId: hexToBytes(d.splitId),
    });
    expect(again.map((e) => encodeEnvelopeText(e))).toEqual(d.envelopes.map((e) => e.text));
  });

  it('is 131 characters for 16-byte entropy and 157 for 32, over bech32’s usual 90', async () => {
    for (const [len, chars] of [
      [16, 131],
      [32, 157],
    ] as const) {
      const [env] = await splitEntropy(new Uint8Array(len).fill(3), { threshold: 2, shares: 2 });
      const text = encodeEnvelopeText(env!);
      expect(text.startsWith(HEAD)).toBe(true);
      expect(text.length).toBe(chars);
    }
    expect(MAX_TEXT_LENGTH).toBe(157);
  });

  it('tolerates upper and mixed case, spaces, line breaks and dashes', () => {
    const { text } = vectors.random.envelopes[0]!;
    const env = parseEnvelope(text);
    const spaced = `  ${text.slice(0, 20)}\n${text.slice(20, 60).toUpperCase()}\t${text.slice(60, 90)}-${text.slice(90)} `;
    expect(parseEnvelope(spaced)).toEqual(env);
    expect(parseEnvelope(text.toUpperCase())).toEqual(env);
  });

  it('refuses every single substitution and every swap of neighbours in a real envelope (exhaustive)', () => {
    const { text } = vectors.random.envelopes[2]!; // 131 characters
    let checked = 0;
    for (let i = 0; i < text.length; i++) {
      // In the data part any other bech32 character; in the prefix any other lower-case letter.
      const pool = i >= HEAD.length ? ALPHABET : i < HEAD.length - 1 ? 'abcdefghijklmnopqrstuvwxyz' : '';
      for (const c of pool) {
        if (c === text[i]) continue;
        const typo = text.slice(0, i) + c + text.slice(i + 1);
        expect(reasonOf(typo), `substitution at ${i}`).toBe('checksum');
        checked++;
      }
      if (i + 1 < text.length && text[i] !== text[i + 1]) {
        const swapped = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
        expect(reasonOf(swapped), `swap at ${i}`).toBe('checksum');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it('says what is wrong without quoting the share', async () => {
    const { text, hex } = vectors.random.envelopes[1]!;
    const bytes = hexToBytes(hex);
    const words = bech32m.toWords(bytes);
    const cases: [string, Parameters<typeof expectRefusal>[1]][] = [
      [bech32m.encode('bc', words, 200), 'prefix'],
      [bech32.encode('rfshare', words, 200), 'checksum'], // bech32, not bech32m
      [`${text.slice(0, 40)}b${text.slice(41)}`, 'malformed'], // b is not in the alphabet
      [`${text.slice(0, 40)}é${text.slice(41)}`, 'malformed'],
      [`${text.slice(0, 40)}\u212a${text.slice(41)}`, 'malformed'], // KELVIN SIGN lower-cases to k
      [text.replace('1', ''), 'malformed'],
      [`${text}q`, 'checksum'],
      [`${HEAD}${'q'.repeat(MAX_TEXT_LENGTH)}`, 'length'],
      [text.slice(0, 60), 'checksum'],
      ['rfshare1qqq', 'length'],
      ['x'.repeat(100_000), 'length'],
      [bech32m.encode('rfshare', bech32m.toWords(bytes.subarray(0, 70)), 200), 'length'],
      [bech32m.encode('rfshare', bech32m.toWords(Uint8Array.of(2, ...bytes.subarray(1))), 200), 'version'],
    ];
    for (const [input, reason] of cases) {
      const e = await expectRefusal(() => parseEnvelope(input), reason);
      expect(e.message).not.toContain(text.slice(HEAD.length, HEAD.length + 12));
      expect(e.message).not.toContain(hex.slice(-16));
    }
    await expectRefusal(() => parseEnvelope(42 as unknown as string), 'malformed');
    // A zero x coordinate survives the checksum (it is valid bech32m) and is refused by name.
    const zeroX = bytes.slice();
    zeroX[zeroX.length - 1] = 0;
    await expectRefusal(
      () => parseEnvelope(bech32m.encode('rfshare', bech32m.toWords(zeroX), 200)),
      'zero-x',
      [2],
    );
    expect(decodeEnvelope(bytes).index).toBe(2);
  });
});
