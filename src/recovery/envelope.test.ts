import { describe, expect, it } from 'vitest';
import { decodeEnvelope, type Envelope, encodeEnvelope, HEADER_LENGTH, headerBytes } from './envelope.js';
import { splitEntropy } from './split.js';
import { expectRefusal } from './testkit.js';

const entropy = new Uint8Array(32).fill(0x11);

async function sample(): Promise<Envelope> {
  const splitId = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
  return (await splitEntropy(entropy, { threshold: 2, shares: 3, epoch: 0x01020304, splitId }))[1]!;
}

describe('envelope (binary)', () => {
  it('lays out version, splitId, epoch, t, n, index, commitment, share as documented', async () => {
    const env = await sample();
    const b = encodeEnvelope(env);
    expect(b.length).toBe(HEADER_LENGTH + 33);
    expect(HEADER_LENGTH).toBe(56);
    expect(b[0]).toBe(1);
    expect(b.subarray(1, 17)).toEqual(env.splitId);
    expect([...b.subarray(17, 21)]).toEqual([1, 2, 3, 4]);
    expect([b[21], b[22], b[23]]).toEqual([2, 3, 2]);
    expect(b.subarray(24, 56)).toEqual(env.commitment);
    expect(b.subarray(56)).toEqual(env.share);
    expect(headerBytes(env)).toEqual(b.subarray(0, 56));
    expect(decodeEnvelope(b)).toEqual(env);
  });

  it('decodes into copies, not views of the input', async () => {
    const b = encodeEnvelope(await sample());
    const env = decodeEnvelope(b);
    b.fill(0xff, 1);
    expect(env.share.every((x) => x === 0xff)).toBe(false);
  });

  it('refuses other versions, lengths, ranges and x = 0', async () => {
    const good = encodeEnvelope(await sample());
    const patched = (at: number, v: number) => {
      const b = good.slice();
      b[at] = v;
      return () => decodeEnvelope(b);
    };
    await expectRefusal(patched(0, 2), 'version');
    await expectRefusal(() => decodeEnvelope(good.subarray(0, 80)), 'length');
    await expectRefusal(() => decodeEnvelope(new Uint8Array(0)), 'length');
    await expectRefusal(patched(21, 0), 'threshold');
    await expectRefusal(patched(21, 4), 'threshold');
    await expectRefusal(patched(22, 11), 'threshold');
    await expectRefusal(patched(23, 0), 'malformed');
    await expectRefusal(patched(23, 4), 'malformed');
    await expectRefusal(patched(good.length - 1, 0), 'zero-x', [2]);
    await expectRefusal(() => decodeEnvelope([1, 2] as unknown as Uint8Array), 'malformed');
  });

  it('headerBytes is stable under a change of share and changes with any header field', async () => {
    const env = await sample();
    const share = env.share.slice();
    share[0]! ^= 1;
    expect(headerBytes({ ...env, share })).toEqual(headerBytes(env));
    expect(headerBytes({ ...env, index: 3 })).not.toEqual(headerBytes(env));
    expect(headerBytes({ ...env, epoch: 5 })).not.toEqual(headerBytes(env));
  });
});
