/**
 * The wallet's own transactions (Activity screen), newest first, in the encrypted private state.
 * Statuses move pending → mined | failed as receipts arrive; the list is capped at MAX_ACTIVITY.
 */
import { mapLabeled } from '../ring';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import { type ActivityRecord, MAX_ACTIVITY } from './privateState';

export async function recordActivity(ctx: WalletContext, record: ActivityRecord): Promise<void> {
  const session = requireUnlocked(ctx.session);
  session.state = mapLabeled(session.state, (s) => ({
    ...s,
    activity: [record, ...s.activity.filter((a) => a.hash !== record.hash)].slice(0, MAX_ACTIVITY),
  }));
  await saveState(ctx, session, 'record a transaction');
}

export async function updateActivity(
  ctx: WalletContext,
  hash: string,
  status: ActivityRecord['status'],
): Promise<void> {
  const session = ctx.session;
  if (!session) return;
  session.state = mapLabeled(session.state, (s) => ({
    ...s,
    activity: s.activity.map((a) => (a.hash === hash ? { ...a, status } : a)),
  }));
  await saveState(ctx, session, 'update a transaction status');
}
