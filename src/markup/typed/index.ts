/**
 * EIP-712 typed data → a card (https://eips.ethereum.org/EIPS/eip-712). Token permissions first
 * (EIP-2612, DAI, Permit2), then exchange orders (../orders), then the generic tree; every card
 * gets `typed-data-wrong-chain` when the domain is bound to another chain than the selected one.
 *
 *   const c = await typedDataCard(params.typedData, base, facts);
 *   c.summary[0]; // 'Allow 0x1111…2222 to spend an unlimited amount of USDC'
 */
import type { Card, CardBase } from '../card';
import type { ChainFacts, TypedData } from '../facts';
import { orderCard } from '../orders';
import { wrongChainRisk } from './chain';
import { daiPermitCard } from './daiPermit';
import { permitCard } from './permit';
import { permit2AllowanceCard } from './permit2Allowance';
import { permit2TransferCard } from './permit2Transfer';
import { treeCard } from './tree';

type TypedDecoder = (data: TypedData, base: CardBase, facts: ChainFacts) => Promise<Card | undefined>;

const PERMITS: readonly TypedDecoder[] = [
  permitCard,
  daiPermitCard,
  permit2AllowanceCard,
  permit2TransferCard,
];

/** The card for `data`; always one (the tree when nothing more specific reads it). */
export async function typedDataCard(data: TypedData, base: CardBase, facts: ChainFacts): Promise<Card> {
  let found: Card | undefined;
  for (const decode of PERMITS) {
    found = await decode(data, base, facts);
    if (found) break;
  }
  found ??= await orderCard(data, base, facts);
  found ??= treeCard(data, base, facts);
  const wrong = wrongChainRisk(data.domain, facts.chainId);
  return wrong ? { ...found, risks: [wrong, ...found.risks] } : found;
}
