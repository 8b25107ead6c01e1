/**
 * The wallet's own transactions (Activity screen), newest first, in the encrypted private state.
 * Statuses move pending → mined | failed as receipts arrive (EVM) or the backend sees the payment
 * in a block (Bitcoin, Litecoin); every record names its currency and network (activity per
 * currency). The list is capped at MAX_ACTIVITY.
 */
import type { UtxoBackend } from '../chains/utxo/backend';
import { backendOf, isUtxoNetworkId, type StoredBackend } from '../chains/utxo/backendSettings';
import type { UtxoNetworkId } from '../chains/utxo/networks';
import { mapLabeled } from '../ring';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import { type ActivityRecord, MAX_ACTIVITY } from './privateState';
import { readInWorker } from './read';

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

/**
 * Re-checks the pending Bitcoin and Litecoin payments with each network's chosen backend; a
 * backend that cannot answer leaves the record pending (and says nothing: Activity retries).
 */
export async function refreshUtxoActivity(
  ctx: WalletContext,
  makeBackend: (stored: StoredBackend, id: UtxoNetworkId) => UtxoBackend,
): Promise<void> {
  const session = ctx.session;
  if (!session) return;
  const pending = readInWorker(
    ctx,
    mapLabeled(session.state, (s) =>
      s.activity
        .filter((a) => a.status === 'pending' && a.utxoNetwork && isUtxoNetworkId(a.utxoNetwork))
        .map((a) => ({
          hash: a.hash,
          id: a.utxoNetwork as UtxoNetworkId,
          stored: backendOf(s.utxoBackends, a.utxoNetwork as UtxoNetworkId),
        })),
    ),
    'pending payments',
  );
  const confirmed = await Promise.all(
    pending.map(
      async (p) =>
        (await makeBackend(p.stored, p.id)
          .txStatus(p.hash)
          .catch(() => 'unknown')) === 'confirmed',
    ),
  );
  for (const [i, p] of pending.entries()) if (confirmed[i]) await updateActivity(ctx, p.hash, 'mined');
}
