/**
 * A plain send of the native coin (no calldata) → a card. Yellow Paper §6: a message call with
 * empty input only moves value.
 *
 *   await nativeTransferCard({ from, to, value: 10n ** 18n, data: new Uint8Array(), chainId: 1 }, base, facts);
 */
import { type Card, type CardBase, card } from '../card';
import { nativeAmount, who } from '../describe';
import type { ChainFacts } from '../facts';
import { recipientRisks } from '../risks';
import { commonFields, type TransactionRequest } from './request';

/** "Send 1 ETH to 0x7099…79C8", with the recipient checks. */
export async function nativeTransferCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (!tx.to || tx.data.length > 0) return undefined;
  return card('transaction', base, {
    title: `Send ${facts.nativeSymbol}`,
    summary: [`Send ${nativeAmount(tx.value, facts)} to ${who(tx.to, facts)}`],
    fields: [
      ...commonFields(tx, facts),
      ...(tx.value === 0n
        ? [{ label: 'Value', value: nativeAmount(0n, facts), format: 'amount' as const }]
        : []),
    ],
    // Native coin sent to a token contract is refused (no receive function) or wraps it (WETH), so
    // the token-contract check is for token transfers only.
    risks: await recipientRisks(tx.to, facts, { token: false }),
  });
}
