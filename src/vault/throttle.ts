/**
 * Unlock throttling: pure functions over the persisted meta and a clock. The first 3 failures are
 * free (typos), then 1 s, 2 s, 4 s … capped at 5 min. It lives in IndexedDB so killing the worker does
 * not reset it. It slows guessing through the UI; offline guessing is bounded by the KDF cost instead.
 *
 *   const verdict = checkThrottle(meta, Date.now());  // { ok: true } | { ok: false, retryAfterMs }
 *   await store.writeMeta(recordFailure(meta, Date.now()));
 *   await store.writeMeta(recordSuccess());
 */
import type { VaultMeta } from './meta.js';

export type ThrottleState = Pick<VaultMeta, 'failedUnlocks' | 'lockedUntil'>;
export type ThrottleVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export const FREE_ATTEMPTS = 3;
export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = 5 * 60 * 1000;

/** Delay imposed after the `failures`-th consecutive failure. */
export function throttleDelayMs(failures: number): number {
  if (!(failures > FREE_ATTEMPTS)) return 0;
  const exp = Math.min(failures - FREE_ATTEMPTS - 1, 30); // 2^30 s ≫ cap; avoids Infinity
  return Math.min(BASE_DELAY_MS * 2 ** exp, MAX_DELAY_MS);
}

export function checkThrottle(meta: ThrottleState, now: number): ThrottleVerdict {
  const wait = meta.lockedUntil - now;
  if (wait <= 0) return { ok: true };
  // recordFailure never sets more than MAX_DELAY_MS ahead, so a larger gap means the clock went back
  // or the clear meta was edited (or is unreadable: parseMeta maps garbage to UNREADABLE). Fail
  // closed, but bounded: the caller re-arms lockedUntil to now + MAX_DELAY_MS (clampThrottle), so
  // the owner waits at most the cap instead of until a far-future date.
  if (wait > MAX_DELAY_MS) return { ok: false, retryAfterMs: MAX_DELAY_MS };
  return { ok: false, retryAfterMs: wait };
}

/** The patch that bounds an impossible lockedUntil to the cap from now (see checkThrottle). */
export function clampThrottle(meta: ThrottleState, now: number): ThrottleState | undefined {
  return meta.lockedUntil - now > MAX_DELAY_MS
    ? { failedUnlocks: Math.min(meta.failedUnlocks, MAX_FAILURES), lockedUntil: now + MAX_DELAY_MS }
    : undefined;
}

/** Counting stops here (the delay is capped long before): keeps the stored number a safe integer. */
export const MAX_FAILURES = 1_000_000;

export function recordFailure(meta: ThrottleState, now: number): ThrottleState {
  const failedUnlocks = Math.min(meta.failedUnlocks + 1, MAX_FAILURES);
  return { failedUnlocks, lockedUntil: now + throttleDelayMs(failedUnlocks) };
}

export function recordSuccess(): ThrottleState {
  return { failedUnlocks: 0, lockedUntil: 0 };
}
