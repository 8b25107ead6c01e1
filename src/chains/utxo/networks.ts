/**
 * UTXO networks Ringfence knows: Bitcoin and Litecoin, mainnet, testnet and regtest. Each names
 * its bech32 prefix (SLIP-173), base58 version bytes (for @scure/btc-signer's Address coder) and the
 * BIP-44 coin type its BIP-84 accounts use (SLIP-44: 0 Bitcoin, 2 Litecoin, 1 every test network).
 *
 *   const net = UTXO_NETWORKS.litecoinRegtest;   // { bech32: 'rltc', coinType: 1, … }
 */
import type { BTC_NETWORK } from '@scure/btc-signer/utils.js';

export interface UtxoNetwork extends BTC_NETWORK {
  id: string;
  name: string;
  symbol: 'BTC' | 'LTC';
  coinType: number;
}

const net = (n: UtxoNetwork) => Object.freeze(n);

export const UTXO_NETWORKS = Object.freeze({
  bitcoin: net({
    id: 'bitcoin',
    name: 'Bitcoin',
    symbol: 'BTC',
    coinType: 0,
    bech32: 'bc',
    pubKeyHash: 0x00,
    scriptHash: 0x05,
    wif: 0x80,
  }),
  bitcoinTestnet: net({
    id: 'bitcoinTestnet',
    name: 'Bitcoin testnet',
    symbol: 'BTC',
    coinType: 1,
    bech32: 'tb',
    pubKeyHash: 0x6f,
    scriptHash: 0xc4,
    wif: 0xef,
  }),
  bitcoinRegtest: net({
    id: 'bitcoinRegtest',
    name: 'Bitcoin regtest',
    symbol: 'BTC',
    coinType: 1,
    bech32: 'bcrt',
    pubKeyHash: 0x6f,
    scriptHash: 0xc4,
    wif: 0xef,
  }),
  litecoin: net({
    id: 'litecoin',
    name: 'Litecoin',
    symbol: 'LTC',
    coinType: 2,
    bech32: 'ltc',
    pubKeyHash: 0x30,
    scriptHash: 0x32,
    wif: 0xb0,
  }),
  litecoinTestnet: net({
    id: 'litecoinTestnet',
    name: 'Litecoin testnet',
    symbol: 'LTC',
    coinType: 1,
    bech32: 'tltc',
    pubKeyHash: 0x6f,
    scriptHash: 0x3a,
    wif: 0xef,
  }),
  litecoinRegtest: net({
    id: 'litecoinRegtest',
    name: 'Litecoin regtest',
    symbol: 'LTC',
    coinType: 1,
    bech32: 'rltc',
    pubKeyHash: 0x6f,
    scriptHash: 0x3a,
    wif: 0xef,
  }),
});
export type UtxoNetworkId = keyof typeof UTXO_NETWORKS;

/** BIP-84 path of an address: m/84'/coin'/account'/change/index. */
export function bip84Path(network: UtxoNetwork, account: number, change: 0 | 1, index: number): string {
  for (const [name, n] of [
    ['account', account],
    ['index', index],
  ] as const)
    if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 31)
      throw new RangeError(`${name}: expected 0 ≤ n < 2^31`);
  return `m/84'/${network.coinType}'/${account}'/${change}/${index}`;
}
