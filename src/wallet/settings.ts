/** Wallet settings inside the ring (private state): the auto-lock delay. */
import { mapLabeled } from '../ring';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import { DEFAULT_SETTINGS } from './privateState';
import { readInWorker } from './read';

export function settingsView(ctx: WalletContext) {
  const session = requireUnlocked(ctx.session);
  return mapLabeled(session.state, (s) => ({ ...s.settings }));
}

export async function setAutoLock(ctx: WalletContext, minutes: number) {
  const session = requireUnlocked(ctx.session);
  session.state = mapLabeled(session.state, (s) => ({
    ...s,
    settings: { ...s.settings, autoLockMinutes: minutes },
  }));
  await saveState(ctx, session, 'change the auto-lock delay');
  return settingsView(ctx);
}

/** For the worker's auto-lock alarm; the default while locked. */
export function autoLockMinutes(ctx: WalletContext): number {
  const session = ctx.session;
  if (!session) return DEFAULT_SETTINGS.autoLockMinutes;
  return readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s.settings.autoLockMinutes),
    'auto-lock delay',
  );
}
