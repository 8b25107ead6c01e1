/**
 * Test data for the markup tests: fixed chain facts (decoders are pure: the facts are all they
 * know), a card base, ABI calldata, and the EIP-4361 example message.
 * Addresses: Hardhat's default accounts (src/fixtures/eth-hardhat-default-accounts.json) and
 * the mainnet USDC, DAI, Permit2 and Universal Router contracts.
 *
 *   const facts = testFacts({ knownRecipients: [BOB] });
 */
import type { CardBase } from './card';
import type { ChainFacts, TokenInfo } from './facts';

export const ME = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'; // Hardhat account 0
export const BOB = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'; // Hardhat account 1
export const CAROL = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'; // Hardhat account 2
export const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
export const DAI = '0x6B175474E89094C44Da98b954EedeAC495271d0F';
export const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
export const ROUTER = '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD'; // Uniswap Universal Router
export const BAYC = '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D';

const TOKENS: Record<string, TokenInfo> = {
  [USDC.toLowerCase()]: { symbol: 'USDC', decimals: 6, name: 'USD Coin' },
  [DAI.toLowerCase()]: { symbol: 'DAI', decimals: 18, name: 'Dai Stablecoin' },
};
const CONTRACTS = new Set([USDC, DAI, PERMIT2, ROUTER, BAYC].map((a) => a.toLowerCase()));

export function testFacts(overrides: Partial<ChainFacts> = {}): ChainFacts {
  return {
    chainId: 1,
    nativeSymbol: 'ETH',
    nativeDecimals: 18,
    token: async (a) => TOKENS[a.toLowerCase()],
    isContract: async (a) => CONTRACTS.has(a.toLowerCase()),
    knownRecipients: [],
    ownAccounts: [ME],
    nameOf: () => undefined,
    ...overrides,
  };
}

export const base: CardBase = {
  origin: 'https://app.example',
  chain: { id: 1, name: 'Ethereum' },
  account: ME,
  raw: { method: 'test' },
};

/** ABI calldata: a selector then 32-byte words (addresses, uints and bools left-padded). */
export function calldata(selector: string, ...args: (string | bigint | boolean)[]): Uint8Array {
  const words = args.map((a) => {
    const n = typeof a === 'boolean' ? BigInt(a) : typeof a === 'bigint' ? a : BigInt(a);
    return n.toString(16).padStart(64, '0');
  });
  const hex = selector.slice(2) + words.join('');
  return Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
}

// The first example of EIP-4361 ("Examples"), https://github.com/ethereum/ERCs/blob/master/ERCS/erc-4361.md (CC0).
export const EIP_EXAMPLE = `example.com wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`;
