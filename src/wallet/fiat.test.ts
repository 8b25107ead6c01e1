import { describe, expect, it } from 'vitest';
import { concatBytes, toHex, toWord } from '../chains/evm/hex';
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import { DEFAULT_NETWORKS } from '../chains/evm/networks';
import { FEED_SELECTORS } from '../chains/evm/priceFeed';
import { fiatValues, type Holding } from './fiat';

// A test adapter standing in for a node that hosts feeds: answers latestRoundData()/decimals() per
// feed address, and counts the calls. (The real contract is read in priceFeed.test.ts on anvil.)
const NOW = 1_800_000_000;
const ETH_FEED = '0x00000000000000000000000000000000000000e1';
const LTC_FEED = '0x00000000000000000000000000000000000000c1';
function feedNode(rounds: Record<string, { answer: bigint; updatedAt: number }>) {
  const calls: string[] = [];
  const rpc: JsonRpcCall = async (_url, method, params) => {
    const [{ to, data }] = params as [{ to: string; data: string }];
    calls.push(`${method} ${to.toLowerCase()} ${data}`);
    const round = rounds[to.toLowerCase()];
    if (!round) return '0x';
    if (data === FEED_SELECTORS.decimals) return toHex(toWord(8n));
    return toHex(
      concatBytes(toWord(2n), toWord(round.answer), toWord(0n), toWord(BigInt(round.updatedAt)), toWord(2n)),
    );
  };
  return { rpc, calls };
}
const networks = DEFAULT_NETWORKS.map((n) => ({ ...n }));
const feeds = {
  ETH: { address: ETH_FEED, networkId: 'mainnet' },
  LTC: { address: LTC_FEED, networkId: 'mainnet' },
  BTC: { address: '', networkId: 'mainnet' },
  TKN: { address: ETH_FEED, networkId: 'nowhere' },
};
const eth = (amount: bigint | undefined, network = 'Ethereum'): Holding => ({
  symbol: 'ETH',
  network,
  decimals: 18,
  ...(amount === undefined ? {} : { amount }),
});

describe('fiatValues', () => {
  it('sums fresh items, reads each symbol once, and names every item it leaves out', async () => {
    const node = feedNode({
      [ETH_FEED]: { answer: 200_000_000_000n, updatedAt: NOW - 10 },
      [LTC_FEED]: { answer: 10_000_000_000n, updatedAt: NOW - 25 * 3600 },
    });
    const result = await fiatValues(
      [
        eth(10n ** 18n),
        eth(5n * 10n ** 17n, 'Sepolia'),
        { symbol: 'LTC', network: 'Litecoin', amount: 10n ** 8n, decimals: 8 },
        { symbol: 'BTC', network: 'Bitcoin', amount: 1n, decimals: 8 },
        { symbol: 'TKN', network: 'Ethereum', amount: 1n, decimals: 6 },
        eth(undefined, 'Local'),
      ],
      feeds,
      { rpc: node.rpc, networks, nowSeconds: NOW },
    );
    expect(result.values).toEqual([
      { value: '$2,000.00' },
      { value: '$1,000.00' },
      { price: 'stale', priceNote: 'last updated 25 h ago' },
      { price: 'none', priceNote: 'no price feed is set for BTC' },
      { price: 'none', priceNote: 'the feed\'s network "nowhere" is not in the wallet' },
      undefined,
    ]);
    expect(result.total).toEqual({
      value: '$3,000.00',
      leftOut: [
        'LTC on Litecoin (price stale)',
        'BTC on Bitcoin (no price)',
        'TKN on Ethereum (no price)',
        'ETH on Local (balance unavailable)',
      ],
    });
    // One latestRoundData + one decimals per read feed, whatever the number of holdings.
    expect(node.calls.filter((c) => c.includes(ETH_FEED))).toHaveLength(2);
  });

  it('a feed that cannot be read or does not answer in time is stale, never a guess', async () => {
    const down: JsonRpcCall = async () => {
      throw new Error('Chain disconnected: the network’s RPC endpoint is unreachable');
    };
    const broken = await fiatValues([eth(10n ** 18n)], feeds, { rpc: down, networks, nowSeconds: NOW });
    expect(broken.values[0]).toMatchObject({
      price: 'stale',
      priceNote: /could not be read: Chain disconnected/,
    });
    expect(broken.total).toEqual({ value: '$0.00', leftOut: ['ETH on Ethereum (price stale)'] });
    const silent: JsonRpcCall = () => new Promise(() => {});
    const slow = await fiatValues([eth(10n ** 18n)], feeds, {
      rpc: silent,
      networks,
      nowSeconds: NOW,
      timeoutMs: 20,
    });
    expect(slow.values[0]).toMatchObject({ price: 'stale', priceNote: /no answer in time/ });
  });

  it('the shipped feeds do not value test-network coins; a feed the user set does', async () => {
    const node = feedNode({ [ETH_FEED]: { answer: 200_000_000_000n, updatedAt: NOW - 10 } });
    const local = { ...eth(10n ** 18n, 'Local chain 8545'), test: true };
    const shipped = await fiatValues([local, eth(10n ** 18n)], feeds, {
      rpc: node.rpc,
      networks,
      nowSeconds: NOW,
      defaults: new Set(['ETH']),
    });
    expect(shipped.values[0]).toMatchObject({
      price: 'none',
      priceNote: /test-network ETH has no market price/,
    });
    expect(shipped.total).toEqual({ value: '$2,000.00', leftOut: ['ETH on Local chain 8545 (no price)'] });
    // Held only on the test network: still "no price", not "balance unavailable" (nothing is read).
    const alone = await fiatValues([local], feeds, {
      rpc: node.rpc,
      networks,
      nowSeconds: NOW,
      defaults: new Set(['ETH']),
    });
    expect(alone.values[0]).toMatchObject({ price: 'none' });
    expect(alone.total?.leftOut).toEqual(['ETH on Local chain 8545 (no price)']);
    const userSet = await fiatValues([local], feeds, {
      rpc: node.rpc,
      networks,
      nowSeconds: NOW,
      defaults: new Set(),
    });
    expect(userSet.values[0]).toEqual({ value: '$2,000.00' });
  });

  it('an address with no code (eth_call answers 0x) is no price feed', async () => {
    const node = feedNode({});
    const result = await fiatValues([eth(1n)], feeds, { rpc: node.rpc, networks, nowSeconds: NOW });
    expect(result.values[0]).toMatchObject({ price: 'stale', priceNote: /could not be read/ });
  });
});
