/**
 * Write-behind for the account list's cheap, re-derivable changes (add, rename, select): the
 * answer goes back as soon as the change is in the session, and every change made while a commit
 * is on its way rides the next one. 999 sequential adds then cost a few dozen IndexedDB
 * transactions instead of 999 (issue 7's ≤ 3 s), while each change still reaches the disk in
 * milliseconds.
 *
 * What keeps it honest:
 * - at most one commit in flight and one waiting per session; the waiting one starts
 *   WRITE_BEHIND_MS after the first change it carries and seals the state as it is then, so
 *   nothing made before that is left out;
 * - a failed write is kept as `saveProblem` (shown by the popup, audited) and the unsaved segments
 *   stay dirty, so the next commit retries them;
 * - lock() flushes: it wipes the seed at once but lets the pending commits finish before the
 *   vault secrets they seal are wiped (`flushThenEnd`).
 */
import type { Session, WalletContext } from './context';
import { commit } from './persist';

interface Pending {
  /** Reasons of the changes waiting for the next commit, with their counts. */
  waiting: Map<string, number> | undefined;
  /** Commits queued and not yet settled. */
  outstanding: number;
  /** Settles when every commit queued so far has settled. */
  tail: Promise<void>;
}

const pending = new WeakMap<Session, Pending>();

/** How long a write-behind waits for more changes before it starts: a burst shares one commit. */
export const WRITE_BEHIND_MS = 25;
const later = () => new Promise<void>((resolve) => setTimeout(resolve, WRITE_BEHIND_MS));

const reasonText = (reasons: Map<string, number>) =>
  [...reasons].map(([reason, n]) => (n > 1 ? `${reason} (×${n})` : reason)).join(', ');

/** Saves the account list soon; returns at once. Only for changes a user could simply redo. */
export function saveStateBehind(ctx: WalletContext, session: Session, reason: string): void {
  const entry = pending.get(session) ?? { waiting: undefined, outstanding: 0, tail: Promise.resolve() };
  pending.set(session, entry);
  if (entry.waiting) {
    entry.waiting.set(reason, (entry.waiting.get(reason) ?? 0) + 1);
    return;
  }
  const reasons = new Map([[reason, 1]]);
  entry.waiting = reasons;
  entry.outstanding++;
  const changes = { wallet: true, previous: 'keep', flush: true } as const;
  const run = later()
    .then(() =>
      commit(ctx, session, changes, () => {
        // From here on this commit's state is fixed: later changes need a commit of their own.
        if (entry.waiting === reasons) entry.waiting = undefined;
        return reasonText(reasons);
      }),
    )
    .then(
      () => {
        ctx.saveProblem = undefined;
      },
      (e: unknown) => {
        if (entry.waiting === reasons) entry.waiting = undefined;
        ctx.saveProblem = `Could not save: ${reasonText(reasons)}. ${e instanceof Error ? e.message : 'The write failed.'}`;
        ctx.ring.audit.append({ kind: 'save-failed', detail: ctx.saveProblem.slice(0, 300) });
      },
    );
  entry.tail = entry.tail.then(() => run).finally(() => void entry.outstanding--);
}

/** True while a write-behind commit for `session` is queued or running. */
export const hasPendingWrites = (session: Session) => (pending.get(session)?.outstanding ?? 0) > 0;

/** Settles once every write-behind commit queued for `session` so far has settled. */
export const writesSettled = (session: Session): Promise<void> =>
  pending.get(session)?.tail ?? Promise.resolve();
