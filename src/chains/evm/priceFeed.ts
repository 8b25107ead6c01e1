/**
 * Chainlink price feeds (AggregatorV3Interface, https://docs.chain.link/data-feeds/api-reference)
 * read with eth_call through the user's own RPC: `latestRoundData()` and `decimals()`. A round is
 * only used when it is complete, recent and positive; otherwise the reading says why, and the
 * wallet shows no price rather than a guessed one.
 *
 *   const reading = await readPriceFeed(rpc, url, '0x5f4e…8419', { nowSeconds: Date.now() / 1000 });
 *   if (reading.status === 'fresh') valueInCents(balance, 18, reading.answer, reading.decimals);
 */
import { decodeWords } from './abi';
import { parseAddress } from './address';
import { parseData } from './hex';
import type { JsonRpcCall } from './jsonRpc';

/** latestRoundData() and decimals(), written out so a reviewer can grep them. */
export const FEED_SELECTORS = { latestRoundData: '0xfeaf968c', decimals: '0x313ce567' } as const;

/** A feed not updated for this long is stale (Chainlink's slowest common heartbeat is 24 h). */
export const DEFAULT_MAX_AGE_SECONDS = 24 * 60 * 60;

export interface RoundData {
  roundId: bigint;
  /** int256: the price scaled by 10^decimals. */
  answer: bigint;
  startedAt: bigint;
  updatedAt: bigint;
  answeredInRound: bigint;
}

export type PriceReading =
  | { status: 'fresh'; answer: bigint; decimals: number; updatedAt: bigint }
  | { status: 'stale'; reason: string };

const INT256_SIGN = 1n << 255n;

/** The five words of latestRoundData(); `answer` is a two's-complement int256. */
export function decodeLatestRoundData(data: Uint8Array): RoundData {
  if (data.length < 160)
    throw new TypeError(`latestRoundData: expected 5 words (160 bytes), got ${data.length} bytes`);
  const [roundId, rawAnswer, startedAt, updatedAt, answeredInRound] = decodeWords(data.subarray(0, 160)) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const answer = rawAnswer >= INT256_SIGN ? rawAnswer - (1n << 256n) : rawAnswer;
  return { roundId, answer, startedAt, updatedAt, answeredInRound };
}

/**
 * The staleness rules: no update time (round not complete), older than `maxAgeSeconds`, answered
 * in an earlier round than the one reported (a carried-over answer), or an answer ≤ 0.
 */
export function judgeRound(
  round: RoundData,
  decimals: number,
  nowSeconds: number,
  maxAgeSeconds = DEFAULT_MAX_AGE_SECONDS,
): PriceReading {
  if (round.updatedAt === 0n) return { status: 'stale', reason: 'the latest round is not complete' };
  const age = BigInt(Math.floor(nowSeconds)) - round.updatedAt;
  if (age > BigInt(maxAgeSeconds))
    return { status: 'stale', reason: `last updated ${Math.floor(Number(age) / 3600)} h ago` };
  if (round.answeredInRound < round.roundId)
    return { status: 'stale', reason: 'the answer is carried over from an earlier round' };
  if (round.answer <= 0n) return { status: 'stale', reason: 'the feed answers no positive price' };
  return { status: 'fresh', answer: round.answer, decimals, updatedAt: round.updatedAt };
}

/** Reads and judges one feed; throws when the node or the contract cannot answer. */
export async function readPriceFeed(
  rpc: JsonRpcCall,
  url: string,
  feed: string,
  options: { nowSeconds: number; maxAgeSeconds?: number },
): Promise<PriceReading> {
  const to = parseAddress(feed, 'feed');
  const call = async (data: string) =>
    parseData(await rpc(url, 'eth_call', [{ to, data }, 'latest']), 'eth_call result');
  const [roundBytes, decimalsBytes] = await Promise.all([
    call(FEED_SELECTORS.latestRoundData),
    call(FEED_SELECTORS.decimals),
  ]);
  if (decimalsBytes.length < 32)
    throw new TypeError(`feed: ${to} answers no decimals(); is it a price feed?`);
  const decimals = decodeWords(decimalsBytes.subarray(0, 32))[0]!;
  if (decimals > 36n) throw new TypeError(`feed: decimals() answered ${decimals}, expected at most 36`);
  return judgeRound(
    decodeLatestRoundData(roundBytes),
    Number(decimals),
    options.nowSeconds,
    options.maxAgeSeconds,
  );
}

/**
 * The value of `amount` base units (`amountDecimals`) at `answer` (`feedDecimals`), in cents,
 * rounded half up; exact bigint arithmetic, no floating point.
 */
export function valueInCents(
  amount: bigint,
  amountDecimals: number,
  answer: bigint,
  feedDecimals: number,
): bigint {
  const scale = 10n ** BigInt(amountDecimals + feedDecimals);
  const hundredths = amount * answer * 100n;
  return (hundredths * 2n + scale) / (scale * 2n);
}

/** "$1,234.56" from cents. */
export function formatUsd(cents: bigint): string {
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${(cents % 100n).toString().padStart(2, '0')}`;
}
