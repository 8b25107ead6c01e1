/**
 * Test helpers for src/recovery (not exported from index.ts, not a test file itself).
 *
 *   const subset = pickSubset(envs, 3, seed);   // deterministic in `seed`, so fast-check replays it
 */
import { expect } from 'vitest';
import { RecoveryError, type RecoveryReason } from './errors.js';

/** Hardhat/anvil's default mnemonic (src/fixtures/eth-hardhat-default-accounts.json). */
export const TEST_MNEMONIC = 'test test test test test test test test test test test junk';

/** `k` distinct items of `items`, in an order fixed by `seed` (Fisher–Yates with an LCG). */
export function pickSubset<T>(items: readonly T[], k: number, seed: number): T[] {
  const a = [...items];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

/** Awaits `p` (or calls `f`) and returns the RecoveryError it threw; fails the test otherwise. */
export async function refusal(p: Promise<unknown> | (() => unknown)): Promise<RecoveryError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(RecoveryError);
    return e as RecoveryError;
  }
  throw new Error('expected a RecoveryError, but nothing was thrown');
}

/** Asserts the refusal has `reason` (and, if given, exactly these bad share numbers). */
export async function expectRefusal(
  p: Promise<unknown> | (() => unknown),
  reason: RecoveryReason,
  bad?: readonly number[],
): Promise<RecoveryError> {
  const e = await refusal(p);
  expect(e.reason, e.message).toBe(reason);
  if (bad) expect([...e.bad].sort((a, b) => a - b)).toEqual([...bad].sort((a, b) => a - b));
  return e;
}

/** A copy of `env` with some fields replaced (envelopes are readonly). */
export function withFields<T extends object>(env: T, patch: Partial<Record<keyof T, unknown>>): T {
  return { ...env, ...patch } as T;
}
