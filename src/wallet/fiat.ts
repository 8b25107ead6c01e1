/**
 * The portfolio's US-dollar values (issue 9), from on-chain price feeds read through the user's own
 * RPC (src/chains/evm/priceFeed.ts), never from a price server. Each symbol's feed is read once;
 * a missing, stale or unreadable feed leaves its items without a value, and the total names them.
 *
 *   const { values, total } = await fiatValues(holdings, feeds, { rpc, networks, nowSeconds });
 */
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import type { Network } from '../chains/evm/networks';
import { formatUsd, type PriceReading, readPriceFeed, valueInCents } from '../chains/evm/priceFeed';
import type { PriceFeedSettings } from '../chains/evm/priceFeedSettings';

export interface Holding {
  symbol: string;
  network: string;
  /** Base units; undefined when the balance could not be read. */
  amount?: bigint;
  decimals: number;
  /** On a test network: the shipped (default) feeds do not value it. */
  test?: boolean;
}

export type FiatValue = { value: string } | { price: 'stale' | 'none'; priceNote: string };

export interface FiatDeps {
  /** Symbols whose feed is the shipped default rather than one the user set. */
  defaults?: ReadonlySet<string>;
  rpc: JsonRpcCall;
  networks: Network[];
  nowSeconds: number;
  /** A feed that does not answer within this long is unreadable (the portfolio must not hang). */
  timeoutMs?: number;
}

type Priced = PriceReading | { status: 'none'; reason: string };

async function readFeed(symbol: string, feeds: PriceFeedSettings, deps: FiatDeps): Promise<Priced> {
  const feed = feeds[symbol];
  if (!feed || feed.address === '') return { status: 'none', reason: `no price feed is set for ${symbol}` };
  const network = deps.networks.find((n) => n.id === feed.networkId);
  if (!network)
    return { status: 'none', reason: `the feed's network "${feed.networkId}" is not in the wallet` };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), deps.timeoutMs ?? 8_000);
  });
  try {
    return await Promise.race([
      readPriceFeed(deps.rpc, network.rpcUrl, feed.address, { nowSeconds: deps.nowSeconds }),
      timeout,
    ]);
  } catch (e) {
    const why = (e instanceof Error ? e.message : 'unreadable').slice(0, 120);
    return { status: 'stale', reason: `the feed on ${network.name} could not be read: ${why}` };
  } finally {
    clearTimeout(timer);
  }
}

export async function fiatValues(holdings: Holding[], feeds: PriceFeedSettings, deps: FiatDeps) {
  const priced = holdings.filter((h) => h.amount !== undefined && !(h.test && deps.defaults?.has(h.symbol)));
  const symbols = [...new Set(priced.map((h) => h.symbol))];
  const readings = new Map(
    await Promise.all(symbols.map(async (s) => [s, await readFeed(s, feeds, deps)] as const)),
  );
  let cents = 0n;
  const leftOut: string[] = [];
  const values: (FiatValue | undefined)[] = holdings.map((h) => {
    if (h.amount === undefined) {
      leftOut.push(`${h.symbol} on ${h.network} (balance unavailable)`);
      return undefined;
    }
    // Before the reading: a test-network coin is never read, so it has none.
    if (h.test && deps.defaults?.has(h.symbol)) {
      leftOut.push(`${h.symbol} on ${h.network} (no price)`);
      return {
        price: 'none',
        priceNote: `test-network ${h.symbol} has no market price (set a feed for it in Settings to value it)`,
      };
    }
    const reading = readings.get(h.symbol);
    if (!reading) {
      leftOut.push(`${h.symbol} on ${h.network} (balance unavailable)`);
      return undefined;
    }
    if (reading.status !== 'fresh') {
      const price = reading.status === 'none' ? 'none' : 'stale';
      leftOut.push(`${h.symbol} on ${h.network} (${price === 'none' ? 'no price' : 'price stale'})`);
      return { price, priceNote: reading.reason };
    }
    const value = valueInCents(h.amount, h.decimals, reading.answer, reading.decimals);
    cents += value;
    return { value: formatUsd(value) };
  });
  return { values, total: { value: formatUsd(cents), leftOut } };
}
