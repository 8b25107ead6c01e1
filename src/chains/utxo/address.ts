/**
 * Native-segwit (P2WPKH, BIP-84) addresses and address validation for the UTXO networks, through
 * @scure/btc-signer (BIP-173 bech32 for witness v0, BIP-350 bech32m for v1+).
 *
 *   p2wpkhAddress(pub33, UTXO_NETWORKS.bitcoin);          // 'bc1q…'
 *   validateUtxoAddress('ltc1q…', UTXO_NETWORKS.litecoin); // the output script, or throws naming the address
 */
import { bech32m } from '@scure/base';
import { Address, OutScript, p2wpkh } from '@scure/btc-signer';
import type { UtxoNetwork } from './networks';

export function p2wpkhAddress(publicKey: Uint8Array, network: UtxoNetwork): string {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 33)
    throw new TypeError('publicKey: expected a 33-byte compressed secp256k1 key');
  const address = p2wpkh(publicKey, network).address;
  if (!address) throw new TypeError('publicKey: no address for this key');
  return address;
}

/** The output script (scriptPubKey) an address pays to on `network`; throws TypeError naming the problem. */
export function validateUtxoAddress(address: string, network: UtxoNetwork): Uint8Array {
  if (typeof address !== 'string' || address.length === 0 || address.length > 120)
    throw new TypeError('address: expected a non-empty string');
  try {
    return OutScript.encode(Address(network).decode(address));
  } catch (e) {
    const version = futureWitnessVersion(address, network);
    if (version !== undefined)
      throw new TypeError(
        `address: a valid segwit v${version} address, but Ringfence pays only to v0 and v1 (taproot) programs`,
      );
    throw new TypeError(`address: not a valid ${network.name} address (${(e as Error).message})`);
  }
}

/**
 * The witness version of a BIP-350-valid address whose program btc-signer does not know (v1 with
 * another length, v2…v16): syntactically valid, but paying to it could burn or expose the coins.
 */
function futureWitnessVersion(address: string, network: UtxoNetwork): number | undefined {
  try {
    const lower = address.toLowerCase();
    if (lower !== address && address.toUpperCase() !== address) return undefined; // mixed case
    const decoded = bech32m.decode(lower as `${string}1${string}`);
    const [version, ...rest] = decoded.words;
    const program = bech32m.fromWords(rest);
    const ok = decoded.prefix === network.bech32 && version! >= 1 && version! <= 16;
    return ok && program.length >= 2 && program.length <= 40 ? version : undefined;
  } catch {
    return undefined;
  }
}
