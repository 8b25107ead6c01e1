/**
 * What the popup's first picture needs from the ring, asked for as soon as the entry script runs,
 * before React and the screens are even loaded (main.tsx imports those meanwhile): the status and
 * the networks, and, when the wallet is unlocked, the first page of accounts for Home. The port
 * round trips then overlap the bundle's load instead of following the first render.
 *
 *   const first = await readFirst();            // { status, networks } | { error }
 *   const page = takeFirstAccounts();           // Home: the prefetched page once, then undefined
 */
import { getAccounts } from '../../src/rpc/procedures/accounts';
import { getNetworks, type NetworksView } from '../../src/rpc/procedures/networks';
import type { AccountsView } from '../../src/rpc/procedures/schemas';
import { getStatus, type WalletStatus } from '../../src/rpc/procedures/status';
import { ACCOUNTS_PAGE } from './accountsPatch';
import { call, errorMessage } from './ringClient';

export type FirstRead = { status: WalletStatus; networks: NetworksView } | { error: string };

let firstAccounts: Promise<AccountsView> | undefined;

/** Starts the reads (once); resolves with them or with the error to show, never rejects. */
export function readFirst(): Promise<FirstRead> {
  const status = call(getStatus, {});
  const networks = call(getNetworks, {});
  const accounts = status.then((s) =>
    s.state === 'unlocked' ? call(getAccounts, { from: 0, limit: ACCOUNTS_PAGE }) : undefined,
  );
  firstAccounts = accounts.then((view) => view ?? Promise.reject(new Error('not unlocked')));
  // Home reads again if this one failed; nobody else waits for it.
  firstAccounts.catch(() => {});
  return Promise.all([status, networks]).then(
    ([s, n]) => ({ status: s, networks: n }),
    (e: unknown) => ({ error: errorMessage(e) }),
  );
}

/** The prefetched first page of accounts, handed out once (the next reads are Home's own). */
export function takeFirstAccounts(): Promise<AccountsView> | undefined {
  const taken = firstAccounts;
  firstAccounts = undefined;
  return taken;
}
