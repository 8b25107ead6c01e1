/**
 * Properties of splitEntropy + combineEnvelopes over random t ≤ n ≤ 10 and 16/32-byte entropy.
 * A few subsets are sampled per run (the seeds come from fast-check, so failures replay).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineEnvelopes } from './combine.js';
import { decodeEnvelope, type Envelope, encodeEnvelope, HEADER_LENGTH } from './envelope.js';
import { RecoveryError } from './errors.js';
import { splitEntropy } from './split.js';
import { expectRefusal, pickSubset, withFields } from './testkit.js';

const policy = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => fc.record({ n: fc.constant(n), t: fc.integer({ min: 1, max: n }) }));
const entropy = fc.constantFrom(16, 32).chain((len) => fc.uint8Array({ minLength: len, maxLength: len }));
const seeds = fc.array(fc.nat(), { minLength: 4, maxLength: 4 });
const input = fc.record({ policy, entropy, seeds, epoch: fc.nat({ max: 0xffffffff }) });

const split = (e: Uint8Array, t: number, n: number, epoch = 0) =>
  splitEntropy(e, { threshold: t, shares: n, epoch });

describe('combineEnvelopes (properties)', () => {
  it('any t shares recover the entropy, in any order; any t-1 are too few', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ policy: { t, n }, entropy, seeds, epoch }) => {
        const envs = await split(entropy, t, n, epoch);
        for (const seed of seeds.slice(0, 3)) {
          expect(await combineEnvelopes(pickSubset(envs, t, seed))).toEqual(entropy);
        }
        // More than t (all of them) also recovers.
        expect(await combineEnvelopes(pickSubset(envs, n, seeds[3]!))).toEqual(entropy);
        if (t > 1) await expectRefusal(combineEnvelopes(pickSubset(envs, t - 1, seeds[3]!)), 'too-few');
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses x = 0, duplicates, shares of another split and of another epoch', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ policy: { t, n }, entropy, seeds: [a = 0, b = 0], epoch }) => {
        const envs = await split(entropy, t, n, epoch);
        const subset = pickSubset(envs, t, a);
        const victim = subset[0]!;

        const zeroX = victim.share.slice();
        zeroX[zeroX.length - 1] = 0;
        await expectRefusal(
          combineEnvelopes([withFields(victim, { share: zeroX }), ...subset.slice(1)]),
          'zero-x',
          [victim.index],
        );

        await expectRefusal(combineEnvelopes([...subset, victim]), 'duplicate');

        const other = await split(entropy, t, n, epoch);
        const foreign = pickSubset(other, 1, b)[0]!;
        const mixed = [...subset.slice(0, Math.max(1, t - 1)), foreign, ...subset.slice(Math.max(1, t - 1))];
        await expectRefusal(combineEnvelopes(mixed), 'mixed-split');

        const later = await split(entropy, t, n, (epoch + 1) % 2 ** 32);
        const stale = pickSubset(later, 1, b)[0]!;
        await expectRefusal(combineEnvelopes([...subset, stale]), 'mixed-epoch');
      }),
      { numRuns: 1000 },
    );
  });

  it('a t-set with one changed share byte is refused; with more than t the bad share is named', async () => {
    await fc.assert(
      fc.asyncProperty(
        input,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async ({ policy: { t, n }, entropy, seeds: [a = 0] }, at, flip) => {
          const envs = await split(entropy, t, n);
          const subset = pickSubset(envs, Math.min(n, t + 1), a);
          const victim = subset[0]!;
          const share = victim.share.slice();
          share[at % share.length]! ^= flip;
          const bad = [withFields(victim, { share }), ...subset.slice(1)];
          const tSet = bad.slice(0, t);
          const e = await expectRefusal(combineEnvelopes(tSet), refusedFor(share, victim, tSet.slice(1)));
          if (bad.length > t && e.reason === 'commitment') {
            // t + 1 shares, one wrong: the wrong one is found and named.
            const reason = refusedFor(share, victim, bad.slice(1));
            await expectRefusal(
              combineEnvelopes(bad),
              reason,
              reason === 'commitment' ? [victim.index] : undefined,
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any single byte changed in a binary envelope is refused, or (index label only) still recovers', async () => {
    await fc.assert(
      fc.asyncProperty(
        input,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async ({ policy: { t, n }, entropy, seeds: [a = 0], epoch }, at, flip) => {
          const envs = await split(entropy, t, n, epoch);
          const subset = pickSubset(envs, t, a);
          const bytes = encodeEnvelope(subset[0]!);
          const pos = at % bytes.length;
          bytes[pos]! ^= flip;
          let changed: Envelope;
          try {
            changed = decodeEnvelope(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(RecoveryError);
            return;
          }
          try {
            const back = await combineEnvelopes([changed, ...subset.slice(1)]);
            // The index (byte 23) is a label the math does not use (x is in the share): relabelling
            // a share to an unused number is harmless, and the result is still commitment-checked.
            expect(pos).toBe(HEADER_LENGTH - 33);
            expect(back).toEqual(entropy);
          } catch (e) {
            expect(e).toBeInstanceOf(RecoveryError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** What a changed share must be refused as: x became 0 or another share's x, else the commitment. */
function refusedFor(share: Uint8Array, victim: Envelope, others: readonly Envelope[]) {
  const x = share[share.length - 1];
  if (x === 0) return 'zero-x' as const;
  if (victim.threshold === 1 && x !== victim.index) return 'malformed' as const; // copies carry x = index
  if (others.some((e) => e.share[e.share.length - 1] === x)) return 'duplicate' as const;
  return 'commitment' as const;
}
