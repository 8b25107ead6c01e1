/**
 * EIP-712 orders of on-chain exchanges (Seaport, 0x v4, CoW Protocol, UniswapX, 1inch) and a
 * generic reading of any order struct with sell/buy token-and-amount fields. Recognition is by
 * the signed struct's shape, not by the domain name a dapp claims; the domain (name, contract,
 * chain id) is shown on the card and judged by the typed-data decoder that calls this one.
 *
 *   const c = await orderCard(data, base, facts);
 *   c?.summary; // ['Sell 100 USDC for at least 0.03 WETH', 'Expires 2024-01-01T00:00:00Z']
 */
import type { Card, CardBase } from '../card';
import type { ChainFacts, TypedData } from '../facts';
import { cowOrder } from './cow';
import { genericOrder } from './generic';
import { oneInchOrder } from './oneInch';
import { buildOrderCard, type Order } from './order';
import { OrderShapeError } from './read';
import { seaportOrders } from './seaport';
import { uniswapxOrder } from './uniswapx';
import { zeroExOrder } from './zeroEx';

export type { Order, OrderContext, Receipt } from './order';

/** Specific protocols first; the name-based reader last, so it never shadows a known struct. */
const DECODERS: readonly ((data: TypedData) => Order[] | undefined)[] = [
  seaportOrders,
  zeroExOrder,
  cowOrder,
  uniswapxOrder,
  oneInchOrder,
  genericOrder,
];

/** The outer shape the decoders rely on; the values inside are checked field by field as they are read. */
function isTypedData(data: TypedData): boolean {
  const isObject = (x: unknown) => !!x && typeof x === 'object' && !Array.isArray(x);
  if (!isObject(data) || typeof data.primaryType !== 'string') return false;
  if (!isObject(data.types) || !isObject(data.message) || !isObject(data.domain)) return false;
  return Object.values(data.types).every(
    (fields) =>
      Array.isArray(fields) &&
      fields.every((f) => isObject(f) && typeof f.name === 'string' && typeof f.type === 'string'),
  );
}

/** `orderCard` at a given time (UNIX seconds): the pure core, for tests and replays. */
export async function orderCardAt(
  data: TypedData,
  base: CardBase,
  facts: ChainFacts,
  now: bigint,
): Promise<Card | undefined> {
  if (!isTypedData(data)) return undefined;
  for (const decode of DECODERS) {
    let orders: Order[] | undefined;
    try {
      orders = decode(data);
    } catch (error) {
      // A known struct with values that are not what it declares: no summary beats a wrong one.
      if (error instanceof OrderShapeError) return undefined;
      throw error;
    }
    if (orders) return buildOrderCard(data, orders, { base, facts, now });
  }
  return undefined;
}

/** A card for `data` when it is an exchange order this module recognises, else undefined. */
export async function orderCard(
  data: TypedData,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  return orderCardAt(data, base, facts, BigInt(Math.floor(Date.now() / 1000)));
}
