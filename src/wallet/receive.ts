/**
 * Receive addresses per currency (issue 9, first slice): the EVM accounts as they are, and for
 * each HD account i its BIP-84 first receive address m/84'/coin'/i'/0/0 on Bitcoin and Litecoin.
 * Public keys come from each account's BIP-84 node's extended public key (bip84Public.ts), and the
 * addresses are cached for the session.
 */
import { p2wpkhAddress } from '../chains/utxo/address';
import { bip84Path, UTXO_NETWORKS, type UtxoNetwork } from '../chains/utxo/networks';
import { labeled, mapLabeled } from '../ring';
import type { ReceiveView } from '../rpc/procedures/receive';
import { bip84PublicKeys } from './bip84Public';
import type { Session, WalletContext } from './context';
import { requireUnlocked } from './errors';
import { readInWorker } from './read';

const RECEIVE_NETWORKS: readonly UtxoNetwork[] = [UTXO_NETWORKS.bitcoin, UTXO_NETWORKS.litecoin];
const cache = new WeakMap<Session, Map<string, string>>();

function utxoAddresses(
  ctx: WalletContext,
  session: Session,
  network: UtxoNetwork,
  paths: string[],
): string[] {
  const known = cache.get(session) ?? new Map<string, string>();
  cache.set(session, known);
  const missing = paths.filter((p) => !known.has(`${network.id}:${p}`));
  if (missing.length > 0) {
    const found = bip84PublicKeys(ctx, session, missing, `${network.name} receive addresses`);
    for (const [i, p] of missing.entries())
      known.set(`${network.id}:${p}`, p2wpkhAddress(found[i]!, network));
  }
  return paths.map((p) => known.get(`${network.id}:${p}`)!);
}

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
        const addresses = utxoAddresses(ctx, session, network, paths);
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
