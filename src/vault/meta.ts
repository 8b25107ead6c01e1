/**
 * The clear `meta` record: only what the lock screen needs before any key exists. It is not secret
 * and not authenticated; reading it tolerates garbage (a bad field reads as its default).
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

export function parseMeta(x: unknown): VaultMeta {
  const o = isPlainObject(x) ? x : {};
  return {
    initialized: o.initialized === true,
    failedUnlocks: count(o.failedUnlocks),
    lockedUntil: count(o.lockedUntil),
  };
}

function count(x: unknown): number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : 0;
}
