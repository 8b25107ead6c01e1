/**
 * Which Chainlink feed prices which symbol in US dollars, and which EVM network's RPC reads it.
 * The defaults are Chainlink's Ethereum mainnet USD feeds (proxy addresses from
 * https://docs.chain.link/data-feeds/price-feeds/addresses, network "Ethereum Mainnet"); the user
 * may point a symbol at another feed and network, or at none (empty address).
 *
 *   effectiveFeeds(stored).ETH;   // { address: '0x5f4e…8419', networkId: 'mainnet' }
 */
import { parseAddress } from './address';

export interface PriceFeedSetting {
  /** The feed contract (AggregatorV3Interface), or '' for "no feed for this symbol". */
  address: string;
  /** The id of the EVM network (src/chains/evm/networks) whose RPC reads the feed. */
  networkId: string;
}

export type PriceFeedSettings = Record<string, PriceFeedSetting>;

export const DEFAULT_PRICE_FEEDS: Readonly<PriceFeedSettings> = Object.freeze({
  ETH: { address: '0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419', networkId: 'mainnet' },
  BTC: { address: '0xF4030086522a5bEEa4988F8cA5B36dbC97BeE88c', networkId: 'mainnet' },
  LTC: { address: '0x6AF09DF7563C363B5763b9102712EbeD3b9e859B', networkId: 'mainnet' },
});

/**
 * EVM test chains (anvil/hardhat, Sepolia, Holesky, Hoodi, Goerli): their coins have no market
 * price, so the shipped mainnet feeds do not value them (a feed the user sets still does).
 */
const TEST_CHAIN_IDS: ReadonlySet<number> = new Set([31337, 1337, 11155111, 17000, 560048, 5]);

export function isTestChain(chainId: number): boolean {
  return TEST_CHAIN_IDS.has(chainId);
}

const SYMBOL = /^[A-Za-z0-9.$_-]{1,11}$/;

/** A symbol as the settings key it: 1–11 letters, digits or . $ _ - (EIP-747's symbol length). */
export function parseFeedSymbol(symbol: string, what = 'symbol'): string {
  if (!SYMBOL.test(symbol))
    throw new TypeError(`${what}: expected 1–11 letters or digits, got "${symbol.slice(0, 20)}"`);
  return symbol;
}

/** One setting checked at the boundary: a checksummed feed address or '', and a network id. */
export function parseFeedSetting(setting: PriceFeedSetting, what: string): PriceFeedSetting {
  const address = setting.address.trim();
  return {
    address: address === '' ? '' : parseAddress(address, `${what}.address`),
    networkId: setting.networkId,
  };
}

/** The stored map, or undefined when there is none (or it is damaged: then the defaults apply). */
export function decodePriceFeeds(x: unknown): PriceFeedSettings | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const out: PriceFeedSettings = {};
  for (const [symbol, value] of Object.entries(x)) {
    const v = value as Partial<PriceFeedSetting> | null;
    if (SYMBOL.test(symbol) && typeof v?.address === 'string' && typeof v.networkId === 'string')
      out[symbol] = { address: v.address, networkId: v.networkId };
  }
  return out;
}

/** The defaults with the user's settings over them. */
export function effectiveFeeds(stored: PriceFeedSettings | undefined): PriceFeedSettings {
  return { ...DEFAULT_PRICE_FEEDS, ...(stored ?? {}) };
}
