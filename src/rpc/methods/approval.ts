/**
 * The path every request that needs the user takes: take a ticket in the approval queue (the
 * window opens at once), wait for the wallet to be unlocked there if it is locked, build the card
 * (which may read the chain and simulate), then ask. Closing the window, or any failure while
 * preparing, gives the ticket back, so nothing hangs and the window never shows a dead request.
 *
 *   const answer = await askUser(ctx, async () => messageCard(bytes, base, { chainId }));
 */
import { ErrorCode, RpcError } from '../../errors';
import type { Card } from '../../markup/card';
import type { ApprovalAnswer } from '../approvals';
import type { DappContext } from './types';

/** Opaque origins (sandboxed frames, data: URLs) can read, never connect or sign. */
export function refuseOpaque(origin: string): void {
  if (origin === 'null')
    throw new RpcError(
      ErrorCode.unauthorized,
      'An opaque-origin frame (sandboxed, data:) cannot connect or sign',
    );
}

/** 4100 unless `address` is one of the accounts this origin was granted. */
export function requireGranted(ctx: DappContext, address: string): string {
  const lower = address.toLowerCase();
  const found = ctx.deps.wallet.granted(ctx.origin).find((a) => a.toLowerCase() === lower);
  if (!found)
    throw new RpcError(
      ErrorCode.unauthorized,
      'The requested account is not connected to this site: connect first',
    );
  return found;
}

/**
 * Runs the approval path. `build` runs once the wallet is unlocked and returns the card, or
 * undefined when no question is needed after all (e.g. the site turned out to be connected).
 */
export async function askUser(
  ctx: DappContext,
  build: () => Promise<Card | undefined>,
  options: { needsPassword?: boolean } = {},
): Promise<ApprovalAnswer | undefined> {
  refuseOpaque(ctx.origin);
  const ticket = ctx.deps.approvals.open(ctx.origin);
  try {
    const cancelled = ticket.cancelled.then((error) => Promise.reject(error));
    cancelled.catch(() => {}); // settles after we are done too; nobody else listens then
    await Promise.race([ctx.deps.wallet.whenUnlocked(), cancelled]);
    const card = await Promise.race([build(), cancelled]);
    if (!card) {
      ticket.close();
      return undefined;
    }
    return await ticket.ask(card, options);
  } catch (error) {
    ticket.close();
    throw error;
  }
}
