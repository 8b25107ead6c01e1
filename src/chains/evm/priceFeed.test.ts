import { beforeAll, describe, expect, it } from 'vitest';
import { ANVIL_ACCOUNTS } from '../../testing/anvil';
import { anvilPerFile } from '../../testing/anvilPerFile';
import { deployContract, sendFromUnlocked, tokenAndFeedContracts } from '../../testing/contracts';
import { encodeCall, selectorOf } from './abi';
import type { Address } from './address';
import { concatBytes, toWord } from './hex';
import {
  decodeLatestRoundData,
  formatUsd,
  judgeRound,
  type RoundData,
  readPriceFeed,
  valueInCents,
} from './priceFeed';

const NOW = 1_800_000_000;
const round = (over: Partial<RoundData> = {}): RoundData => ({
  roundId: 5n,
  answer: 300_012_345_678n,
  startedAt: BigInt(NOW - 60),
  updatedAt: BigInt(NOW - 60),
  answeredInRound: 5n,
  ...over,
});

describe('decodeLatestRoundData', () => {
  it('reads the five words, answer as a signed int256', () => {
    const words = (answer: bigint) =>
      concatBytes(toWord(7n), toWord(answer), toWord(100n), toWord(200n), toWord(7n));
    expect(decodeLatestRoundData(words(123n))).toEqual({
      roundId: 7n,
      answer: 123n,
      startedAt: 100n,
      updatedAt: 200n,
      answeredInRound: 7n,
    });
    // -1 is 0xff…ff in two's complement.
    expect(decodeLatestRoundData(words((1n << 256n) - 1n)).answer).toBe(-1n);
    expect(decodeLatestRoundData(words(1n << 255n)).answer).toBe(-(1n << 255n));
  });

  it('refuses short return data, naming latestRoundData', () => {
    expect(() => decodeLatestRoundData(new Uint8Array(128))).toThrow(/^latestRoundData: expected 5 words/);
  });
});

describe('judgeRound (staleness rules)', () => {
  it('a recent, complete, positive round is fresh', () => {
    expect(judgeRound(round(), 8, NOW)).toEqual({
      status: 'fresh',
      answer: 300_012_345_678n,
      decimals: 8,
      updatedAt: BigInt(NOW - 60),
    });
  });

  it('older than 24 h, an incomplete round, a carried-over answer, or an answer ≤ 0 are stale', () => {
    expect(judgeRound(round({ updatedAt: BigInt(NOW - 24 * 3600) }), 8, NOW).status).toBe('fresh');
    expect(judgeRound(round({ updatedAt: BigInt(NOW - 24 * 3600 - 1) }), 8, NOW)).toEqual({
      status: 'stale',
      reason: 'last updated 24 h ago',
    });
    expect(judgeRound(round({ updatedAt: 0n }), 8, NOW)).toMatchObject({ reason: /not complete/ });
    expect(judgeRound(round({ answeredInRound: 4n }), 8, NOW)).toMatchObject({ reason: /earlier round/ });
    expect(judgeRound(round({ answer: 0n }), 8, NOW)).toMatchObject({ reason: /no positive price/ });
    expect(judgeRound(round({ answer: -5n }), 8, NOW)).toMatchObject({ status: 'stale' });
    expect(judgeRound(round({ updatedAt: BigInt(NOW - 7200) }), 8, NOW, 3600).status).toBe('stale');
  });
});

describe('valueInCents and formatUsd', () => {
  it('multiplies exactly and rounds half up to the cent', () => {
    // 2.5 ETH at $3,000.12345678 = $7,500.30864195 → $7,500.31
    expect(valueInCents(25n * 10n ** 17n, 18, 300_012_345_678n, 8)).toBe(750_031n);
    // 1 unit of a 6-decimal token at $0.005 → half a cent → rounds up to 1 cent
    expect(valueInCents(1_000_000n, 6, 500_000n, 8)).toBe(1n);
    expect(valueInCents(1_000_000n, 6, 499_999n, 8)).toBe(0n);
    expect(valueInCents(0n, 18, 300_012_345_678n, 8)).toBe(0n);
  });

  it('groups thousands and keeps two places', () => {
    expect(formatUsd(123_456n)).toBe('$1,234.56');
    expect(formatUsd(5n)).toBe('$0.05');
    expect(formatUsd(100_000_000_00n)).toBe('$100,000,000.00');
  });
});

describe('readPriceFeed against a MockV3Aggregator on anvil (test mock of a Chainlink feed)', () => {
  const chain = anvilPerFile();
  const deployer = ANVIL_ACCOUNTS[0]!.address;
  let feed: Address;
  beforeAll(async () => {
    const { MockV3Aggregator } = await tokenAndFeedContracts();
    feed = await deployContract(chain().rpc, chain().url, deployer, MockV3Aggregator.bytecode, [
      8n,
      300_012_345_678n,
    ]);
  }, 120_000);
  const setRound = (roundId: bigint, answer: bigint, updatedAt: bigint, answeredInRound: bigint) =>
    sendFromUnlocked(
      chain().rpc,
      chain().url,
      deployer,
      feed,
      encodeCall(selectorOf('setRound(uint80,int256,uint256,uint80)'), [
        roundId,
        answer,
        updatedAt,
        answeredInRound,
      ]),
    );

  it('reads decimals and the latest round through eth_call, and judges it', async () => {
    const now = Math.floor(Date.now() / 1000);
    await setRound(3n, 250_000_000_000n, BigInt(now - 10), 3n);
    expect(await readPriceFeed(chain().rpc, chain().url, feed, { nowSeconds: now })).toEqual({
      status: 'fresh',
      answer: 250_000_000_000n,
      decimals: 8,
      updatedAt: BigInt(now - 10),
    });
    await setRound(4n, 250_000_000_000n, BigInt(now - 10), 3n);
    expect(await readPriceFeed(chain().rpc, chain().url, feed, { nowSeconds: now })).toMatchObject({
      status: 'stale',
    });
  });

  it('an address without a feed throws, naming the feed', async () => {
    await expect(
      readPriceFeed(chain().rpc, chain().url, ANVIL_ACCOUNTS[7]!.address, { nowSeconds: NOW }),
    ).rejects.toThrow(/feed|latestRoundData/);
  });
});
