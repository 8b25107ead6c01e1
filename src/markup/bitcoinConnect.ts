/**
 * A site's first Bitcoin request (getAddresses) from an origin that is not connected → a `connect`
 * card. Ringfence keeps one connection per site: approving it connects the origin the same way
 * eth_requestAccounts does (listed under Connected sites, revoked there), so the card says that
 * the selected Ethereum account is shared too.
 *
 *   bitcoinConnectCard(base, { network, address, evmAccount }).title; // 'Connect to app.example'
 */
import type { UtxoNetwork } from '../chains/utxo/networks';
import { type Card, type CardBase, card } from './card';
import { hostOf } from './connect';

export interface BitcoinConnectFacts {
  network: UtxoNetwork;
  address: string;
  /** The EVM account the connection grants (the selected one). */
  evmAccount?: string;
}

export function bitcoinConnectCard(base: CardBase, f: BitcoinConnectFacts): Card {
  return card('connect', base, {
    title: `Connect to ${hostOf(base.origin)}`,
    summary: [
      `${base.origin} wants to see your ${f.network.name} address ${f.address} and ask you to sign`,
      ...(f.evmAccount ? [`Connecting also shows it your selected Ethereum account ${f.evmAccount}`] : []),
      'It cannot move funds or sign anything without asking you each time.',
    ],
    fields: [
      { label: 'Site', value: base.origin, format: 'url' },
      { label: 'Network', value: f.network.name },
      { label: 'Address', value: f.address, format: 'address' },
    ],
  });
}
