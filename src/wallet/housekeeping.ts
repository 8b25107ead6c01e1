/**
 * What keeps the unlocked session honest over time: the auto-lock timer (re-armed on every
 * activity, cleared when locked) and the audit log's persistence (debounced, and only while
 * unlocked, because it is sealed under the vault key). Timers are injected: alarms in the
 * extension, fakes in tests.
 */
import type { WalletContext } from './context';
import { AUDIT_SAVE_REASON, saveAudit } from './persist';
import { autoLockMinutes } from './settings';

export interface LockTimer {
  /** (Re)arm the timer: lock after `minutes` without activity. */
  arm(minutes: number): void;
  cancel(): void;
}

/** Activity within this long of the last re-arm (same setting) does not re-arm: a burst of calls
 *  costs one alarm, not one each, and the lock comes at most this much later. */
export const REARM_EVERY_MS = 1000;

export function createAutoLock(ctx: WalletContext, timer: LockTimer) {
  let armed: { at: number; minutes: number } | undefined;
  const rearm = () => {
    const minutes = autoLockMinutes(ctx);
    if (ctx.session && minutes > 0) {
      timer.arm(minutes);
      armed = { at: ctx.now(), minutes };
    } else {
      timer.cancel();
      armed = undefined;
    }
  };
  ctx.listeners.add(rearm);
  return {
    /** Call on every user or dapp activity. */
    touch: () => {
      if (!ctx.session) return;
      const fresh = armed && armed.minutes === autoLockMinutes(ctx) && ctx.now() - armed.at < REARM_EVERY_MS;
      if (!fresh) rearm();
    },
  };
}

export function persistAuditLog(ctx: WalletContext, delayMs = 300): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const session = ctx.session;
    if (!session) return saving;
    saving = saving.then(() => saveAudit(ctx, session)).catch(() => {});
    return saving;
  };
  ctx.ring.audit.onAppend((entry) => {
    // Saving the log is itself audited: that entry rides along with the next save instead of looping.
    if (entry.reason === AUDIT_SAVE_REASON || !ctx.session || timer) return;
    timer = setTimeout(flush, delayMs);
  });
  return async () => {
    if (timer) clearTimeout(timer);
    await flush();
  };
}
