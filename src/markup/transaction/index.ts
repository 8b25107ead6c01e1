/**
 * A transaction request → a card: the first decoder that recognises the call wins, and a call no
 * decoder reads gets the unknown-call card, so every transaction gets a card.
 *
 *   const c = await transactionCard({ from, to, value: 10n ** 18n, data: new Uint8Array(), chainId: 1 }, base, facts);
 *   c.summary[0]; // 'Send 1 ETH to 0x7099…79C8'
 */
import { type Card, type CardBase, risk } from '../card';
import type { ChainFacts } from '../facts';
import { approveCard } from './approve';
import { deployCard } from './deploy';
import { nativeTransferCard } from './nativeTransfer';
import type { TransactionDecoder, TransactionRequest } from './request';
import { setApprovalForAllCard } from './setApprovalForAll';
import { transferCard } from './transfer';
import { unknownCallCard } from './unknownCall';

export type { TransactionRequest } from './request';

const DECODERS: readonly TransactionDecoder[] = [
  deployCard,
  nativeTransferCard,
  transferCard,
  approveCard,
  setApprovalForAllCard,
  unknownCallCard,
];

/** The card for `tx`; adds `transaction-wrong-chain` when it names another chain than the selected one. */
export async function transactionCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card> {
  let found: Card | undefined;
  for (const decode of DECODERS) {
    found = await decode(tx, base, facts);
    if (found) break;
  }
  // deployCard takes every call without `to`, unknownCallCard every call with `to` and data, and
  // nativeTransferCard the rest: one always answers.
  if (!found) throw new Error('transactionCard: no decoder answered (unreachable)');
  if (tx.chainId === facts.chainId) return found;
  const wrong = risk(
    'transaction-wrong-chain',
    'danger',
    `This transaction is for chain ${tx.chainId}, you are on ${facts.chainId}.`,
  );
  return { ...found, risks: [wrong, ...found.risks] };
}
