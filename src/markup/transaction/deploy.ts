/**
 * A contract creation (no `to`; the data is init code) → a card. Yellow Paper §7.
 *
 *   await deployCard({ from, value: 0n, data: initCode, chainId: 1 }, base, facts);
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { type Card, type CardBase, card } from '../card';
import { clip, nativeAmount } from '../describe';
import type { ChainFacts } from '../facts';
import { commonFields, type TransactionRequest } from './request';

/** "Deploy a contract (1234 bytes of code)". */
export async function deployCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (tx.to) return undefined;
  const size = tx.data.length;
  return card('transaction', base, {
    title: 'Deploy a contract',
    summary: [
      `Deploy a contract (${size} ${size === 1 ? 'byte' : 'bytes'} of code)`,
      ...(tx.value > 0n ? [`Give it ${nativeAmount(tx.value, facts)}`] : []),
    ],
    fields: [
      ...commonFields(tx, facts),
      { label: 'Code size (bytes)', value: String(size), format: 'number' },
      { label: 'Code', value: clip(`0x${bytesToHex(tx.data)}`), format: 'hex' },
    ],
  });
}
