/**
 * wallet_sendCalls (EIP-5792, https://eips.ethereum.org/EIPS/eip-5792) → one `batch` card for
 * all its calls: each call's first line, each call's fields under its own heading, and every
 * risk of every call (the batch is approved or rejected as a whole).
 *
 *   batchCard(base, await Promise.all(calls.map((c) => transactionCard(c, base, facts))));
 */
import { type Card, type CardBase, card } from './card';
import { uniqueRisks } from './risks';

/** The batch card of the calls' own cards, in call order. */
export function batchCard(base: CardBase, cards: readonly Card[]): Card {
  const n = cards.length;
  return card('batch', base, {
    title: `${n} ${n === 1 ? 'call' : 'calls'} in one batch`,
    summary: cards.map((c) => c.summary[0] ?? c.title),
    fields: cards.map((c, i) => ({ label: `Call ${i + 1}: ${c.title}`, children: c.fields })),
    risks: uniqueRisks(cards.flatMap((c) => c.risks)),
  });
}
