/**
 * Addresses as the rules see them: an EVM account (EIP-55, https://eips.ethereum.org/EIPS/eip-55)
 * or a Bitcoin/Litecoin address of any network Ringfence knows (BIP-173/BIP-350 bech32, base58).
 * `addressKey` is the one comparison form, so a rule, a contact and a request agree on "the same
 * address" whatever case each was written in.
 *
 *   parsePolicyAddress('0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359'); // '0xfB69…' (checksummed)
 *   addressKey('0xFB69…') === addressKey('0xfb69…');                  // true
 */
import { isAddress, parseAddress } from '../chains/evm';
import { UTXO_NETWORKS, validateUtxoAddress } from '../chains/utxo';

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
// bech32 is case-insensitive but never mixed-case (BIP-173); base58 is case-sensitive.
const BECH32_LIKE = /^[a-z]{1,83}1[02-9ac-hj-np-z]{6,}$/;

/** The network names a UTXO address is valid on, e.g. ['Litecoin regtest']; [] when none. */
export function utxoNetworksOf(address: string): string[] {
  const names: string[] = [];
  for (const network of Object.values(UTXO_NETWORKS)) {
    try {
      validateUtxoAddress(address, network);
      names.push(network.name);
    } catch {}
  }
  return names;
}

/**
 * Validates an EVM or UTXO address and returns its canonical form: EVM addresses checksummed
 * (a mixed-case address with a bad checksum is refused: EIP-55 exists to catch that typo), UTXO
 * addresses as given (bech32 lowercased). Throws a TypeError naming `what`.
 */
export function parsePolicyAddress(x: unknown, what = 'address'): string {
  if (typeof x !== 'string' || x.length === 0 || x.length > 120)
    throw new TypeError(`${what}: expected an EVM or Bitcoin/Litecoin address`);
  if (x.startsWith('0x') || x.startsWith('0X')) return parseAddress(x, what);
  const lower = x.toLowerCase();
  const bech32 = BECH32_LIKE.test(lower) && (x === lower || x === x.toUpperCase());
  const candidate = bech32 ? lower : x;
  if (utxoNetworksOf(candidate).length === 0)
    throw new TypeError(`${what}: not a valid EVM, Bitcoin or Litecoin address`);
  return candidate;
}

/** Whether `x` is an address {@link parsePolicyAddress} accepts. */
export function isPolicyAddress(x: unknown): x is string {
  try {
    parsePolicyAddress(x);
    return true;
  } catch {
    return false;
  }
}

/**
 * The comparison key of an address: lowercase for EVM hex and bech32 (both case-insensitive),
 * unchanged for base58 (where case is part of the address). Never throws: a request's odd
 * address just compares as itself.
 */
export function addressKey(address: string): string {
  if (HEX_ADDRESS.test(address)) return address.toLowerCase();
  const lower = address.toLowerCase();
  if (BECH32_LIKE.test(lower) && (address === lower || address === address.toUpperCase())) return lower;
  return address;
}

/** Whether `address` is an EVM account address (any case) — the only kind address poisoning compares. */
export function isEvmAddress(address: string): boolean {
  return HEX_ADDRESS.test(address) && isAddress(address, { strict: false });
}
