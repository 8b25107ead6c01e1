/** parseEnvelope throws only RecoveryError on any input; typos in real envelopes are 'checksum'. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeEnvelopeText, parseEnvelope } from './envelopeText.js';
import { RecoveryError } from './errors.js';
import { splitEntropy } from './split.js';

const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HEAD = 'rfshare1';

/** Runs parseEnvelope; returns the RecoveryError's reason, or 'ok'; anything else fails the test. */
function outcome(text: string): string {
  try {
    parseEnvelope(text);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(RecoveryError);
    return (e as RecoveryError).reason;
  }
}

const bech32ish = fc
  .array(fc.constantFrom(...`${ALPHABET}1bio -\n`), { maxLength: 200 })
  .map((cs) => `${HEAD}${cs.join('')}`);
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  bech32ish,
);

const envelopeText = fc
  .record({
    len: fc.constantFrom(16, 20, 24, 28, 32),
    n: fc.integer({ min: 1, max: 10 }),
    pick: fc.nat(),
    tPick: fc.nat(),
  })
  .map(async ({ len, n, pick, tPick }) => {
    const envs = await splitEntropy(new Uint8Array(len).fill(pick & 0xff), {
      threshold: 1 + (tPick % n),
      shares: n,
    });
    return encodeEnvelopeText(envs[pick % n]!);
  });

describe('parseEnvelope (properties)', () => {
  it('throws nothing but RecoveryError on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(outcome(s)).not.toBe('ok');
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses any single substitution and any swap of neighbours in a valid envelope as checksum', async () => {
    await fc.assert(
      fc.asyncProperty(envelopeText, fc.nat(), fc.nat(), fc.boolean(), async (made, at, by, swap) => {
        const text = await made;
        const i = HEAD.length + (at % (text.length - HEAD.length - (swap ? 1 : 0)));
        let typo: string;
        if (swap) {
          fc.pre(text[i] !== text[i + 1]);
          typo = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
        } else {
          const c = ALPHABET[(ALPHABET.indexOf(text[i]!) + 1 + (by % 31)) % 32]!;
          typo = text.slice(0, i) + c + text.slice(i + 1);
        }
        expect(outcome(typo)).toBe('checksum');
        expect(outcome(text)).toBe('ok');
      }),
      { numRuns: 1000 },
    );
  });

  it('throws only RecoveryError on arbitrary edits of a valid envelope (insert, delete, replace)', async () => {
    await fc.assert(
      fc.asyncProperty(
        envelopeText,
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
        async (made, at, kind, s) => {
          const text = await made;
          const i = at % text.length;
          const edited = [
            text.slice(0, i) + s + text.slice(i), // insert
            text.slice(0, i) + text.slice(i + 1), // delete
            text.slice(0, i) + s + text.slice(i + 1), // replace
            text.slice(0, i) +
              text.slice(i + 1, i + 1 + s.length) +
              text.slice(i, i + 1) +
              text.slice(i + 1 + s.length),
          ][kind]!;
          // Whitespace, "-" and case changes are tolerated by design; everything else is refused.
          const harmless = edited.replace(/[\s-]+/g, '').toLowerCase() === text;
          if (harmless) expect(outcome(edited)).toBe('ok');
          else expect(outcome(edited)).not.toBe('ok');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
