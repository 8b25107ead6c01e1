/**
 * A BIP-84 account's extended public key as wallets exchange it for watch-only use: SLIP-132
 * version bytes say "native segwit" — `zpub` on mainnets, `vpub` on test networks
 * (https://github.com/satoshilabs/slips/blob/master/slip-0132.md). Litecoin has no registered
 * bytes of its own; Electrum-LTC and most Litecoin wallets read the Bitcoin ones, so we write them.
 *
 *   accountPublicKey(root.derive("m/84'/0'/0'"), UTXO_NETWORKS.bitcoin) // 'zpub6rFR7y4Q…'
 */
import { HDKey } from '@scure/bip32';
import type { UtxoNetwork } from './networks';

/** SLIP-132: zpub / zprv (mainnet P2WPKH) and vpub / vprv (testnet P2WPKH). */
const ZPUB = { public: 0x04b24746, private: 0x04b2430c };
const VPUB = { public: 0x045f1cf6, private: 0x045f18bc };

/** The fields of a BIP-32 node the extended public key is made of (no private key needed). */
export interface AccountNode {
  depth: number;
  index: number;
  parentFingerprint: number;
  chainCode: Uint8Array | null;
  publicKey: Uint8Array | null;
}

export function accountPublicKey(node: AccountNode, network: UtxoNetwork): string {
  if (node.depth !== 3)
    throw new TypeError(`node: expected an account node (depth 3), got depth ${node.depth}`);
  if (!node.chainCode || !node.publicKey) throw new TypeError('node: expected a chain code and a public key');
  const versions = network.coinType === 1 ? VPUB : ZPUB;
  return new HDKey({
    versions,
    depth: node.depth,
    index: node.index,
    parentFingerprint: node.parentFingerprint,
    chainCode: node.chainCode,
    publicKey: node.publicKey,
  }).publicExtendedKey;
}
