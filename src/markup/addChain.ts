/**
 * wallet_addEthereumChain (EIP-3085, https://eips.ethereum.org/EIPS/eip-3085) → an `add-chain`
 * card. The node named by the site will see every address and transaction sent through it.
 *
 *   addChainCard(base, { chainId: 10, name: 'OP Mainnet', rpcUrl: 'https://mainnet.optimism.io', symbol: 'ETH' });
 */
import { type Card, type CardBase, card, type Risk, risk } from './card';
import { clip } from './describe';

export interface AddChainRequest {
  chainId: number;
  name: string;
  rpcUrl: string;
  symbol: string;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

function rpcRisks(rpcUrl: string): Risk[] {
  let url: URL | undefined;
  try {
    url = new URL(rpcUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' || (url && LOCAL.has(url.hostname))) return [];
  return [
    risk(
      'insecure-rpc',
      'warning',
      'The network is reached without HTTPS: anyone on the way can read and change what it answers, including your balances.',
    ),
  ];
}

/** "Add the network OP Mainnet (chain 10)". */
export function addChainCard(base: CardBase, chain: AddChainRequest): Card {
  const name = clip(chain.name, 100);
  let host = chain.rpcUrl;
  try {
    host = new URL(chain.rpcUrl).host;
  } catch {}
  return card('add-chain', base, {
    title: 'Add a network',
    summary: [
      `Add the network ${name} (chain ${chain.chainId})`,
      `Ringfence will use ${clip(host, 100)} for it, which will see your addresses and transactions`,
    ],
    fields: [
      { label: 'Network name', value: name, format: 'text' },
      { label: 'Chain ID', value: String(chain.chainId), format: 'number' },
      { label: 'Currency symbol', value: clip(chain.symbol, 100), format: 'text' },
      { label: 'RPC URL', value: clip(chain.rpcUrl), format: 'url' },
    ],
    risks: rpcRisks(chain.rpcUrl),
  });
}
