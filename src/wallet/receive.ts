/**
 * Receive addresses per currency (issue 9, first slice): the EVM accounts as they are, and for
 * each HD account i its BIP-84 first receive address m/84'/coin'/i'/0/0 on Bitcoin and Litecoin.
 * The addresses come from each account's BIP-84 node's extended public key, cached for the session
 * (bip84Public.ts).
 */
import { bip84Path, UTXO_NETWORKS, type UtxoNetwork } from '../chains/utxo/networks';
import { labeled, mapLabeled } from '../ring';
import type { ReceiveView } from '../rpc/procedures/receive';
import { bip84Addresses } from './bip84Public';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { readInWorker } from './read';

const RECEIVE_NETWORKS: readonly UtxoNetwork[] = [UTXO_NETWORKS.bitcoin, UTXO_NETWORKS.litecoin];
export function receiveAddresses(ctx: WalletContext) {
  const session = requireUnlocked(ctx.session);
  const accounts = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s.accounts.accounts),
    'accounts for Receive',
  );
  const hd = accounts.filter((a) => a.kind === 'hd' && a.index !== undefined);
  const view: ReceiveView = {
    currencies: [
      {
        symbol: 'ETH',
        network: 'Ethereum and EVM networks',
        addresses: accounts.map((a) => ({ name: a.name, address: a.address })),
      },
      ...RECEIVE_NETWORKS.map((network) => {
        const paths = hd.map((a) => bip84Path(network, a.index!, 0, 0));
        const addresses = bip84Addresses(ctx, session, network, paths, `${network.name} receive addresses`);
        return {
          symbol: network.symbol,
          network: network.name,
          addresses: hd.map((a, i) => ({ name: a.name, address: addresses[i]!, path: paths[i]! })),
        };
      }),
    ],
  };
  return labeled('private', view);
}
