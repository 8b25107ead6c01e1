/**
 * The `network` param of the Bitcoin provider's methods (docs/bitcoin-provider.md): a Ringfence
 * UTXO network id ("bitcoin", "litecoinRegtest", …), the WBIP / Leather names for Bitcoin
 * ("mainnet", "testnet", "regtest"), or `{ coin, network }` for either coin. Absent: Bitcoin mainnet.
 *
 *   networkId({ coin: 'litecoin', network: 'regtest' }); // 'litecoinRegtest'
 */
import * as v from 'valibot';
import { UTXO_NETWORKS, type UtxoNetworkId } from '../../../chains/utxo/networks';

const IDS = Object.keys(UTXO_NETWORKS) as UtxoNetworkId[];
const KINDS = ['mainnet', 'testnet', 'regtest'] as const;
type Kind = (typeof KINDS)[number];
const BY_COIN: Record<'bitcoin' | 'litecoin', Record<Kind, UtxoNetworkId>> = {
  bitcoin: { mainnet: 'bitcoin', testnet: 'bitcoinTestnet', regtest: 'bitcoinRegtest' },
  litecoin: { mainnet: 'litecoin', testnet: 'litecoinTestnet', regtest: 'litecoinRegtest' },
};

export const NetworkParam = v.optional(
  v.union(
    [
      v.picklist([...IDS, ...KINDS]),
      v.object({ coin: v.picklist(['bitcoin', 'litecoin']), network: v.picklist(KINDS) }),
    ],
    `expected one of ${[...IDS, ...KINDS].map((n) => `"${n}"`).join(', ')}, or { coin: "bitcoin" | "litecoin", network: "mainnet" | "testnet" | "regtest" }`,
  ),
);
export type NetworkParam = v.InferOutput<typeof NetworkParam>;

export function networkId(param: NetworkParam): UtxoNetworkId {
  if (param === undefined) return 'bitcoin';
  if (typeof param === 'object') return BY_COIN[param.coin][param.network];
  return (KINDS as readonly string[]).includes(param)
    ? BY_COIN.bitcoin[param as Kind]
    : (param as UtxoNetworkId);
}

/** The network whose bech32 prefix (SLIP-173) an address carries, e.g. "rltc1q…" → litecoinRegtest. */
export function networkOfAddress(address: string): UtxoNetworkId | undefined {
  const hrp = address.toLowerCase().slice(0, address.lastIndexOf('1'));
  return IDS.find((id) => UTXO_NETWORKS[id].bech32 === hrp);
}
