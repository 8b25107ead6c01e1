import { describe, expect, it } from 'vitest';
import { combineEnvelopes } from './combine.js';
import type { Envelope } from './envelope.js';
import { cleanupBytes } from './errors.js';
import { splitEntropy } from './split.js';
import { expectRefusal, withFields } from './testkit.js';

const entropy = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);

function corrupt(env: Envelope, at = 0): Envelope {
  const share = env.share.slice();
  share[at]! ^= 0x5a;
  return withFields(env, { share });
}

describe('combineEnvelopes', () => {
  it('names the bad shares when more than t are given (3-of-5: one bad, then two bad)', async () => {
    const envs = await splitEntropy(entropy, { threshold: 3, shares: 5 });
    const [e1, e2, e3, e4, e5] = envs as [Envelope, Envelope, Envelope, Envelope, Envelope];
    await expectRefusal(combineEnvelopes([e1, e2, corrupt(e3), e4]), 'commitment', [3]);
    const e = await expectRefusal(
      combineEnvelopes([corrupt(e1, 5), e2, e3, corrupt(e4, 9), e5]),
      'commitment',
      [1, 4],
    );
    expect(e.message).toContain('1, 4');
    expect(await combineEnvelopes([e2, e3, e5])).toEqual(entropy);
  });

  it('cannot name the bad share among exactly t, and says so', async () => {
    const [a, b] = await splitEntropy(entropy, { threshold: 2, shares: 3 });
    const e = await expectRefusal(combineEnvelopes([a!, corrupt(b!)]), 'commitment', []);
    expect(e.message).toContain('cannot tell which');
  });

  it('names a bad copy among threshold-1 copies', async () => {
    const [a, b, c] = await splitEntropy(entropy, { threshold: 1, shares: 3 });
    await expectRefusal(combineEnvelopes([a!, corrupt(b!), c!]), 'commitment', [2]);
    await expectRefusal(combineEnvelopes([corrupt(c!)]), 'commitment');
  });

  it('refuses envelopes whose headers disagree (threshold, count, commitment, share length)', async () => {
    const [a, b, c] = await splitEntropy(entropy, { threshold: 2, shares: 3 });
    await expectRefusal(combineEnvelopes([a!, b!, withFields(c!, { threshold: 3 })]), 'threshold', [3]);
    await expectRefusal(combineEnvelopes([a!, b!, withFields(c!, { count: 4 })]), 'threshold', [3]);
    const commitment = c!.commitment.slice();
    commitment[0]! ^= 1;
    await expectRefusal(combineEnvelopes([a!, b!, withFields(c!, { commitment })]), 'commitment', [3]);
    const [short] = await splitEntropy(entropy.subarray(0, 16), { threshold: 2, shares: 3 });
    const s = withFields(short!, { splitId: a!.splitId, commitment: a!.commitment, index: 3 });
    await expectRefusal(combineEnvelopes([a!, b!, s]), 'length', [3]);
  });

  it('refuses a duplicate index and a duplicate x, naming both shares', async () => {
    const [a, b, c] = await splitEntropy(entropy, { threshold: 2, shares: 3 });
    await expectRefusal(combineEnvelopes([a!, withFields(b!, { index: 1 })]), 'duplicate', [1, 1]);
    const share = c!.share.slice();
    share[share.length - 1] = a!.share[a!.share.length - 1]!;
    await expectRefusal(combineEnvelopes([a!, withFields(c!, { share })]), 'duplicate', [1, 3]);
  });

  it('refuses an empty list, a non-array, and a malformed envelope with its position', async () => {
    const [a, b] = await splitEntropy(entropy, { threshold: 2, shares: 2 });
    await expectRefusal(combineEnvelopes([]), 'too-few');
    await expectRefusal(combineEnvelopes('x' as never), 'malformed');
    const e = await expectRefusal(
      combineEnvelopes([a!, withFields(b!, { splitId: new Uint8Array(3) })]),
      'length',
    );
    expect(e.position).toBe(1);
    expect(e.message).toContain('envelopes[1]: splitId');
    await expectRefusal(combineEnvelopes([a!, withFields(b!, { version: 2 })]), 'version');
    await expectRefusal(combineEnvelopes([null as never]), 'malformed');
  });

  it('checks the expected first address, on a copy, and zeroes that copy', async () => {
    const envs = await splitEntropy(entropy, { threshold: 2, shares: 2 });
    let seen: Uint8Array | undefined;
    const back = await combineEnvelopes(envs, {
      expectedFirstAddress: (e) => {
        seen = e;
        return e[0] === entropy[0];
      },
    });
    expect(back).toEqual(entropy);
    expect(seen).toEqual(new Uint8Array(32)); // the callback's copy was cleaned up
    await expectRefusal(combineEnvelopes(envs, { expectedFirstAddress: async () => false }), 'address');
    const e = await expectRefusal(
      combineEnvelopes(envs, {
        expectedFirstAddress: () => {
          throw new Error('rpc down');
        },
      }),
      'address',
    );
    expect((e.cause as Error).message).toBe('rpc down');
  });

  it('never puts share or entropy bytes in a message', async () => {
    const envs = await splitEntropy(entropy, { threshold: 2, shares: 3 });
    const e = await expectRefusal(combineEnvelopes([envs[0]!, corrupt(envs[1]!), envs[2]!]), 'commitment');
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    for (const secret of [entropy, ...envs.map((x) => x.share)])
      expect(e.message).not.toContain(hex(secret).slice(0, 8));
    cleanupBytes(...envs.map((x) => x.share));
    expect(envs[0]!.share.every((b) => b === 0)).toBe(true);
  });
});
