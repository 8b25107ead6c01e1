/**
 * What the popup's Send can pay with: the selected EVM network's native coin and each watched
 * ERC-20 token on it, then every Bitcoin/Litecoin network. Labels read "ETH — Local chain 8545".
 */
import type { Network } from '../chains/evm/networks';
import { UTXO_NETWORKS, type UtxoNetworkId } from '../chains/utxo/networks';
import { labeled } from '../ring';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { evmAssetId } from './evmSend';
import { readInWorker } from './read';

export async function sendAssets(ctx: WalletContext, network: Network) {
  const session = requireUnlocked(ctx.session);
  const tokens = readInWorker(ctx, session.state, 'send assets').assets.filter(
    (a) => a.chainId === network.chainId,
  );
  const shared = (symbol: string) => tokens.filter((t) => t.symbol === symbol).length > 1;
  const assets = [
    { id: evmAssetId(network.chainId), label: `${network.symbol} — ${network.name}` },
    ...tokens.map((t) => ({
      id: evmAssetId(network.chainId, t.address),
      // Two watched tokens may share a symbol: then the address tells them apart.
      label: `${t.symbol} — ${network.name}${shared(t.symbol) ? ` (${t.address})` : ''}`,
    })),
    ...(Object.keys(UTXO_NETWORKS) as UtxoNetworkId[]).map((id) => ({
      id,
      label: `${UTXO_NETWORKS[id].symbol} — ${UTXO_NETWORKS[id].name}`,
    })),
  ];
  return labeled('private', { assets });
}
