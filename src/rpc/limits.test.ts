import { describe, expect, it } from 'vitest';
import { createRateLimiter, MAX_PAYLOAD_BYTES, withinSize } from './limits';

describe('withinSize', () => {
  it('accepts ordinary requests and refuses big or deep ones without recursing', () => {
    expect(withinSize({ method: 'eth_call', params: [{ to: '0x00', data: '0x' }] })).toBe(true);
    expect(withinSize('x'.repeat(MAX_PAYLOAD_BYTES + 1))).toBe(false);
    expect(withinSize({ a: Array.from({ length: 300_000 }, () => 'abcd') })).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(withinSize(deep)).toBe(false);
    let ok: unknown = 1;
    for (let i = 0; i < 60; i++) ok = { n: ok };
    expect(withinSize(ok)).toBe(true);
  });
});

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the sustained rate, per origin', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 3, perSecond: 2, now: () => t });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    t = 500; // half a second: one more token
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
  });
});
