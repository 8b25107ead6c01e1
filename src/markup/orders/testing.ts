/**
 * Fixed chain facts and request base for the order tests: Ethereum mainnet token metadata as the
 * contracts answer symbol()/decimals(), and anvil's first account ("test … junk") as the signer.
 * Test-only: nothing outside *.test.ts imports this file.
 *
 *   const card = await orderCardAt(data, BASE, FACTS, NOW);
 */
import type { CardBase } from '../card';
import type { ChainFacts, TokenInfo } from '../facts';

export const SIGNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
/** anvil account 1: "someone else" in the receiver tests. */
export const OTHER = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

export const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
export const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
export const DAI = '0x6B175474E89094C44Da98b954EedeAC495271d0F';
/** A contract the facts know nothing about (shown by short address, raw units). */
export const UNKNOWN = '0x5f04D47D698F79d76F85E835930170Ff4c4EBdB7';

const TOKENS: Record<string, TokenInfo> = {
  [USDC.toLowerCase()]: { symbol: 'USDC', decimals: 6, name: 'USD Coin' },
  [WETH.toLowerCase()]: { symbol: 'WETH', decimals: 18, name: 'Wrapped Ether' },
  [DAI.toLowerCase()]: { symbol: 'DAI', decimals: 18, name: 'Dai Stablecoin' },
};

export const FACTS: ChainFacts = {
  chainId: 1,
  nativeSymbol: 'ETH',
  nativeDecimals: 18,
  token: async (address) => TOKENS[address.toLowerCase()],
  isContract: async (address) => address.toLowerCase() in TOKENS,
  knownRecipients: [],
  ownAccounts: [SIGNER],
  nameOf: () => undefined,
};

export const BASE: CardBase = {
  origin: 'https://app.example',
  chain: { id: 1, name: 'Ethereum' },
  account: SIGNER,
  raw: { method: 'eth_signTypedData_v4' },
};

/** 2024-01-01T00:00:00Z: the tests' "now". */
export const NOW = 1_704_067_200n;
export const HOUR = 3600;

export const EIP712_DOMAIN = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
];
