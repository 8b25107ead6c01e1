import { describe, expect, it } from 'vitest';
import { checkThrottle, MAX_DELAY_MS, recordFailure, recordSuccess, throttleDelayMs } from './throttle.js';

describe('unlock throttle', () => {
  it('is free for 3 failures, then doubles from 1 s, capped at 5 min', () => {
    const delays = Array.from({ length: 14 }, (_, i) => throttleDelayMs(i + 1));
    expect(delays).toEqual([
      0, 0, 0, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000,
    ]);
    expect(throttleDelayMs(1e9)).toBe(MAX_DELAY_MS);
  });

  it('recordFailure → checkThrottle for the 1st..5th failure', () => {
    const now = 1_000_000;
    let meta = recordSuccess();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      meta = recordFailure(meta, now);
      const v = checkThrottle(meta, now);
      waits.push(v.ok ? 0 : v.retryAfterMs);
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000]);
    expect(checkThrottle(meta, now + 1999)).toEqual({ ok: false, retryAfterMs: 1 });
    expect(checkThrottle(meta, now + 2000)).toEqual({ ok: true });
  });

  it('recordSuccess resets', () => {
    expect(recordSuccess()).toEqual({ failedUnlocks: 0, lockedUntil: 0 });
  });

  it('fails open on an impossible lockedUntil (clock moved back): the owner is not locked out for days', () => {
    expect(checkThrottle({ failedUnlocks: 9, lockedUntil: 10 * 86_400_000 }, 0)).toEqual({ ok: true });
  });
});
