/**
 * What decoders may ask about the chain and the user while building a card. The ring supplies a
 * live implementation (JSON-RPC to the selected network, the wallet's own history); unit tests
 * supply fixed facts. Decoders never talk to the network themselves.
 *
 *   const info = await facts.token('0xA0b8…');   // { symbol: 'USDC', decimals: 6 } or undefined
 */

export interface TokenInfo {
  symbol: string;
  decimals: number;
  name?: string;
}

export interface ChainFacts {
  chainId: number;
  /** The native coin of the chain ("ETH", 18). */
  nativeSymbol: string;
  nativeDecimals: number;
  /** ERC-20 metadata read from the chain (symbol(), decimals()), or undefined when it is no token. */
  token(address: string): Promise<TokenInfo | undefined>;
  /** True when the address holds code (a contract), false for an EOA. */
  isContract(address: string): Promise<boolean>;
  /** Addresses this wallet has sent to before (first-time and look-alike recipient checks). */
  knownRecipients: readonly string[];
  /** The wallet's own accounts (a transfer between them is no first-time recipient). */
  ownAccounts: readonly string[];
  /** A name for an address (own account or contact), for the card lines. */
  nameOf(address: string): string | undefined;
}

/** EIP-712 typed data as a dapp sends it (https://eips.ethereum.org/EIPS/eip-712). */
export interface TypedData {
  types: Record<string, { name: string; type: string }[]>;
  primaryType: string;
  domain: Record<string, unknown>;
  message: Record<string, unknown>;
}
