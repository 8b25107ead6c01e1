import { describe, expect, it } from 'vitest';
import { parseMeta } from './meta.js';
import {
  checkThrottle,
  clampThrottle,
  MAX_DELAY_MS,
  recordFailure,
  recordSuccess,
  throttleDelayMs,
} from './throttle.js';

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

  it('an impossible lockedUntil throttles, for the cap only: the owner is not locked out for days', () => {
    const far = { failedUnlocks: 9, lockedUntil: 10 * 86_400_000 };
    expect(checkThrottle(far, 0)).toEqual({ ok: false, retryAfterMs: MAX_DELAY_MS });
    expect(clampThrottle(far, 0)).toEqual({ failedUnlocks: 9, lockedUntil: MAX_DELAY_MS });
    expect(clampThrottle({ failedUnlocks: 9, lockedUntil: 5 }, 0)).toBeUndefined();
  });

  it('a garbage or out-of-range throttle record throttles (fails closed), a missing one does not', () => {
    for (const garbage of [
      'garbage',
      42,
      [],
      { failedUnlocks: 'x' },
      { lockedUntil: -1 },
      { lockedUntil: 1e300 },
    ]) {
      const meta = parseMeta(garbage);
      if (typeof garbage !== 'object' || Array.isArray(garbage)) expect(meta.initialized).toBe(true);
      expect(checkThrottle(meta, Date.now()).ok).toBe(false);
    }
    expect(checkThrottle(parseMeta(undefined), Date.now())).toEqual({ ok: true });
    expect(parseMeta(undefined).initialized).toBe(false);
  });
});
