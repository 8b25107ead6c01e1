/**
 * Shared wording for card lines: who an address is, how much of which token, and field builders.
 * Every decoder words addresses and amounts through here, so a card never shows one address two
 * ways or an allowance as a 78-digit number.
 *
 *   who('0x7099…', facts);                       // 'Savings (0x7099…79C8)' or '0x7099…79C8'
 *   tokenAmount(MAX_UINT256, usdc, usdcAddress);  // 'an unlimited amount of USDC'
 */
import { isAddress, toChecksumAddress } from '../chains/evm/address';
import type { Field } from './card';
import type { ChainFacts, TokenInfo } from './facts';
import { formatAmount, formatUnits, isUnlimited, shortAddress } from './format';

type Names = Pick<ChainFacts, 'nameOf'>;

/** The longest text a field value may carry (the Card schema's limit). */
export const MAX_VALUE = 20_000;

/** EIP-55 form of an address when it is one; other text is returned unchanged. */
export function checksummed(address: string): string {
  return isAddress(address, { strict: false }) ? toChecksumAddress(address) : address;
}

/** True when two addresses are the same account (case is only a checksum). */
export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "Savings (0x7099…79C8)" for a named address, else "0x7099…79C8". */
export function who(address: string, facts: Names): string {
  const short = shortAddress(checksummed(address));
  const name = facts.nameOf(address);
  return name ? `${name} (${short})` : short;
}

/** A full-address field; the user's own name for it, if any, goes in the label. */
export function addressField(label: string, address: string, facts?: Names): Field {
  const name = facts?.nameOf(address);
  return { label: name ? `${label} (${name})` : label, value: checksummed(address), format: 'address' };
}

/** Text cut to `max` characters with a visible mark; the raw payload keeps the whole. */
export function clip(text: string, max = MAX_VALUE): string {
  return text.length > max ? `${text.slice(0, max - 40)}… (cut; the raw request has it all)` : text;
}

/** The symbol to name a token by: its own, or its short address when it has none we could read. */
export function tokenName(token: TokenInfo | undefined, tokenAddress: string): string {
  return token ? token.symbol : `token ${shortAddress(checksummed(tokenAddress))}`;
}

/**
 * "250 USDC", "an unlimited amount of USDC", or — when the token's decimals are unknown —
 * "250000000 raw units of token 0xA0b8…eB48" (decoders add the `unknown-token` risk).
 */
export function tokenAmount(value: bigint, token: TokenInfo | undefined, tokenAddress: string): string {
  if (token) return formatAmount(value, token.decimals, token.symbol);
  const name = tokenName(undefined, tokenAddress);
  return isUnlimited(value) ? `an unlimited amount of ${name}` : `${value} raw units of ${name}`;
}

/** "1.5 ETH" in the chain's native coin (never "unlimited": no one holds 2^160 wei). */
export function nativeAmount(
  value: bigint,
  facts: Pick<ChainFacts, 'nativeSymbol' | 'nativeDecimals'>,
): string {
  return `${formatUnits(value, facts.nativeDecimals)} ${facts.nativeSymbol}`;
}
