/**
 * Any other call (calldata Ringfence cannot read) → a card that says so: the selector, the raw
 * data in hex, the value it carries, and the `unknown-calldata` warning. It never guesses.
 *
 *   await unknownCallCard({ from, to, value: 0n, data, chainId: 1 }, base, facts);
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { selectorOf } from '../calldata';
import { type Card, type CardBase, card, risk } from '../card';
import { clip, nativeAmount, who } from '../describe';
import type { ChainFacts } from '../facts';
import { commonFields, type TransactionRequest } from './request';

/** "Call function 0x12345678 of 0x…", plus "Send 1 ETH with the call" when it carries value. */
export async function unknownCallCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (!tx.to || tx.data.length === 0) return undefined;
  const selector = selectorOf(tx.data);
  return card('transaction', base, {
    title: 'Call a contract',
    summary: [
      `Call ${selector ? `function ${selector}` : 'an unnamed function'} of ${who(tx.to, facts)}`,
      ...(tx.value > 0n ? [`Send ${nativeAmount(tx.value, facts)} with the call`] : []),
    ],
    fields: [
      ...commonFields(tx, facts),
      ...(selector ? [{ label: 'Function selector', value: selector, format: 'hex' as const }] : []),
      { label: 'Data', value: clip(`0x${bytesToHex(tx.data)}`), format: 'hex' },
    ],
    risks: [
      risk(
        'unknown-calldata',
        'warning',
        'Ringfence cannot read what this call does. Approve it only if you trust this site and expected this call.',
      ),
    ],
  });
}
