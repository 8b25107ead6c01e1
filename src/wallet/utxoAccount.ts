/**
 * The wallet's BIP-84 account 0 on a UTXO network: addresses derived in the ring (public keys
 * only come down, cached per session), discovered with the gap limit through the network's
 * backend, and its coins. Used by the portfolio (and later Send).
 */

import type { BackendUtxo, UtxoBackend } from '../chains/utxo/backend';
import { bip84Path, UTXO_NETWORKS, type UtxoNetworkId } from '../chains/utxo/networks';
import { scanAccount } from '../chains/utxo/scan';
import { bip84Addresses } from './bip84Public';
import type { Session, WalletContext } from './context';

/** Addresses m/84'/coin'/0'/change/from … from+count-1 on `id`. */
export function accountAddresses(
  ctx: WalletContext,
  session: Session,
  id: UtxoNetworkId,
  change: 0 | 1,
  from: number,
  count: number,
): string[] {
  const network = UTXO_NETWORKS[id];
  const paths = Array.from({ length: count }, (_, i) => bip84Path(network, 0, change, from + i));
  return bip84Addresses(ctx, session, network, paths, `${network.name} account addresses`);
}

export interface AccountCoins {
  coins: BackendUtxo[];
  /** BIP-84 path of each scanned address (to sign for a coin, derive the key at its path). */
  pathOf: Map<string, string>;
  /** Spendable now: confirmed, and coinbase outputs only once mature (100 confirmations). */
  spendable: bigint;
  /** Everything else: in the mempool, or an immature coinbase. */
  pending: bigint;
  nextReceive: number;
  nextChange: number;
}

export const isSpendable = (u: BackendUtxo) => u.confirmations >= (u.coinbase ? 100 : 1);

export async function accountCoins(
  ctx: WalletContext,
  session: Session,
  id: UtxoNetworkId,
  backend: UtxoBackend,
): Promise<AccountCoins> {
  const found = await scanAccount(
    (change, from, count) => accountAddresses(ctx, session, id, change, from, count),
    (addresses) => backend.used(addresses),
  );
  const addresses = [...found.receive, ...found.change].map((a) => a.address);
  const network = UTXO_NETWORKS[id];
  const pathOf = new Map<string, string>([
    ...found.receive.map((a) => [a.address, bip84Path(network, 0, 0, a.index)] as const),
    ...found.change.map((a) => [a.address, bip84Path(network, 0, 1, a.index)] as const),
  ]);
  const coins = await backend.utxos(addresses);
  let spendable = 0n;
  let pending = 0n;
  for (const u of coins) {
    if (isSpendable(u)) spendable += u.amount;
    else pending += u.amount;
  }
  return { coins, pathOf, spendable, pending, nextReceive: found.nextReceive, nextChange: found.nextChange };
}
