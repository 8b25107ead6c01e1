/**
 * The clear `meta` record: only what the lock screen needs before any key exists. It is not secret
 * and not authenticated. Reading it fails closed: a record that is there but unreadable counts as
 * initialized and throttled (UNREADABLE), never as a fresh install or a clear throttle.
 *
 *   const meta = parseMeta(await db.get('meta', 'lock'));
 *   meta.initialized;                 // a vault was written at least once
 *   meta.failedUnlocks, meta.lockedUntil;  // see throttle.ts
 */
import { isPlainObject } from './encoding.js';

export type VaultMeta = {
  initialized: boolean;
  /** consecutive failed (or interrupted) unlock attempts */
  failedUnlocks: number;
  /** ms since the epoch before which no unlock is attempted; 0 = none */
  lockedUntil: number;
};

export const DEFAULT_META: Readonly<VaultMeta> = Object.freeze({
  initialized: false,
  failedUnlocks: 0,
  lockedUntil: 0,
});

/** Stands for an unreadable counter or deadline: far beyond any real one, so it throttles. */
export const UNREADABLE = Number.MAX_SAFE_INTEGER;

export function parseMeta(x: unknown): VaultMeta {
  if (x === undefined) return { ...DEFAULT_META };
  if (!isPlainObject(x)) return { initialized: true, failedUnlocks: UNREADABLE, lockedUntil: UNREADABLE };
  const failedUnlocks = count(x.failedUnlocks);
  const lockedUntil = count(x.lockedUntil);
  // One unreadable throttle field makes the whole throttle unreadable: it must not read as clear.
  const unreadable = failedUnlocks === UNREADABLE || lockedUntil === UNREADABLE;
  return {
    initialized: x.initialized !== undefined && x.initialized !== false,
    failedUnlocks: unreadable ? UNREADABLE : failedUnlocks,
    lockedUntil: unreadable ? UNREADABLE : lockedUntil,
  };
}

/** Missing → 0 (older records); present but not a non-negative safe integer → UNREADABLE. */
function count(x: unknown): number {
  if (x === undefined) return 0;
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : UNREADABLE;
}
