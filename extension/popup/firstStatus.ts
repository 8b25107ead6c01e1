/**
 * The ring's status and networks, asked for as soon as the popup's code starts — main.tsx imports
 * this right after the lockdown, before React is evaluated — so the answer travels while the first
 * screen is being built instead of after it. App's first refresh takes it; later ones ask anew.
 */
import { getNetworks, type NetworksView } from '../../src/rpc/procedures/networks';
import { getStatus, type WalletStatus } from '../../src/rpc/procedures/status';
import { call } from './ringClient';

let first: Promise<[WalletStatus, NetworksView]> | undefined = Promise.all([
  call(getStatus, {}),
  call(getNetworks, {}),
]);
// Nobody may be waiting yet; a failure is handled when App takes it (or the next refresh asks again).
first.catch(() => {});

/** The first answer, once; undefined afterwards. */
export function takeFirstStatus(): Promise<[WalletStatus, NetworksView]> | undefined {
  const answer = first;
  first = undefined;
  return answer;
}
