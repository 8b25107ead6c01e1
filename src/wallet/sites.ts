/**
 * Connected sites inside the ring: per exact origin, the accounts the user granted it (EIP-2255),
 * kept in the encrypted private state. An opaque origin ("null") can never hold a grant. While
 * the wallet is locked no grant can be read, so every site sees `[]` (as with MetaMask).
 */

import { ProcedureError } from '../errors';
import { mapLabeled } from '../ring';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import { readInWorker } from './read';

function checkOrigin(origin: string): string {
  let parsed: string | undefined;
  try {
    parsed = new URL(origin).origin;
  } catch {}
  if (parsed !== origin || origin === 'null')
    throw new ProcedureError(
      'INVALID_INPUT',
      `origin: expected a serialised origin, got "${origin.slice(0, 60)}"`,
    );
  return origin;
}

/** The accounts `origin` may see, in the wallet's order with the selected one first; [] when locked. */
export function grantedAccounts(ctx: WalletContext, origin: string): string[] {
  const session = ctx.session;
  if (!session || origin === 'null') return [];
  return readInWorker(
    ctx,
    mapLabeled(session.state, (s) => {
      const grant = s.sites[origin];
      if (!grant) return [];
      const lower = new Set(grant.accounts.map((a) => a.toLowerCase()));
      const mine = s.accounts.accounts.filter((a) => lower.has(a.address.toLowerCase()));
      const selected = mine.findIndex((a) => a.id === s.accounts.selectedId);
      if (selected > 0) mine.unshift(...mine.splice(selected, 1));
      return mine.map((a) => a.address as string);
    }),
    `accounts granted to ${origin}`,
  );
}

/** Origins holding a grant (for events: only connected pages hear them); [] when locked. */
export function connectedOrigins(ctx: WalletContext): string[] {
  const session = ctx.session;
  if (!session) return [];
  return readInWorker(
    ctx,
    mapLabeled(session.state, (s) => Object.keys(s.sites)),
    'connected origins',
  );
}

/** Grants `accounts` (which must be the wallet's own) to `origin`, replacing an earlier grant. */
export async function grantSite(ctx: WalletContext, origin: string, accounts: string[]): Promise<string[]> {
  const session = requireUnlocked(ctx.session);
  checkOrigin(origin);
  session.state = mapLabeled(session.state, (s) => {
    const own = new Map(s.accounts.accounts.map((a) => [a.address.toLowerCase(), a.address as string]));
    const chosen = [...new Set(accounts.map((a) => a.toLowerCase()))].map((a) => own.get(a));
    if (chosen.length === 0 || chosen.some((a) => a === undefined))
      throw new ProcedureError('INVALID_INPUT', 'accounts: choose at least one of the wallet’s own accounts');
    return { ...s, sites: { ...s.sites, [origin]: { accounts: chosen as string[], grantedAt: ctx.now() } } };
  });
  await saveState(ctx, session, `connect ${origin}`);
  ctx.ring.audit.append({
    kind: 'site-connected',
    detail: `${origin} granted ${accounts.length} account(s)`,
  });
  return grantedAccounts(ctx, origin);
}

/** Removes the grant of `origin`; true when there was one. */
export async function revokeSite(ctx: WalletContext, origin: string): Promise<boolean> {
  const session = requireUnlocked(ctx.session);
  const had = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => Object.hasOwn(s.sites, origin)),
    'site grant check',
  );
  if (!had) return false;
  session.state = mapLabeled(session.state, (s) => {
    const { [origin]: _gone, ...rest } = s.sites;
    return { ...s, sites: rest };
  });
  await saveState(ctx, session, `disconnect ${origin}`);
  ctx.ring.audit.append({ kind: 'site-revoked', detail: `${origin} disconnected` });
  return true;
}

/** The Connected sites screen's view (private: the popup may see every grant). */
export function sitesView(ctx: WalletContext) {
  const session = requireUnlocked(ctx.session);
  return mapLabeled(session.state, (s) => ({
    sites: Object.entries(s.sites)
      .map(([origin, g]) => ({ origin, accounts: g.accounts, grantedAt: g.grantedAt }))
      .sort((a, b) => b.grantedAt - a.grantedAt),
  }));
}
