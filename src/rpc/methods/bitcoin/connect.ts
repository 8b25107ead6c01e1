/**
 * Connecting a site through the Bitcoin provider: the same per-origin grant as eth_requestAccounts
 * (one connection per site, listed under Connected sites), asked on a Bitcoin connect card that
 * shows the address the site will see. Signing methods need the connection (4100 otherwise).
 */

import { UTXO_NETWORKS, type UtxoNetworkId } from '../../../chains/utxo/networks';
import { ErrorCode, RpcError } from '../../../errors';
import { bitcoinConnectCard } from '../../../markup/bitcoinConnect';
import type { CardBase } from '../../../markup/card';
import { connect } from '../accounts';
import type { DappContext } from '../types';

/** A UTXO card names its network in its lines and fields; `chain` is for EVM chain ids. */
export function bitcoinCardBase(ctx: DappContext, raw: unknown): CardBase {
  return { origin: ctx.origin, raw };
}

export async function connectBitcoin(ctx: DappContext, id: UtxoNetworkId, raw: unknown): Promise<void> {
  const { origin, deps } = ctx;
  if (origin !== 'null' && deps.wallet.granted(origin).length > 0) return;
  await connect(ctx, false, async () =>
    bitcoinConnectCard(bitcoinCardBase(ctx, raw), {
      network: UTXO_NETWORKS[id],
      address: deps.bitcoin.paymentAddress(id).address,
      evmAccount: deps.wallet.accountChoices().find((a) => a.selected)?.address,
    }),
  );
}

/** 4100 unless the origin is connected (run it once the wallet is unlocked: a locked wallet grants nothing). */
export function requireConnected(ctx: DappContext): void {
  if (ctx.deps.wallet.granted(ctx.origin).length === 0)
    throw new RpcError(ErrorCode.unauthorized, 'This site is not connected: call getAddresses first');
}
