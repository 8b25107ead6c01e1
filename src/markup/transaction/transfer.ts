/**
 * ERC-20 `transfer` and `transferFrom` calldata → a card (https://eips.ethereum.org/EIPS/eip-20).
 * ERC-721 shares the `transferFrom` selector with a token id for the amount; the token lookup
 * fails for an NFT and the card then says "raw units" with the unknown-token warning.
 *
 *   await transferCard({ from, to: usdc, value: 0n, data: transferCalldata, chainId: 1 }, base, facts);
 */

import { argAddress, argUint, SELECTOR, selectorOf } from '../calldata';
import { type Card, type CardBase, card } from '../card';
import { addressField, sameAddress, tokenAmount, tokenName, who } from '../describe';
import type { ChainFacts } from '../facts';
import { recipientRisks, uniqueRisks, unknownTokenRisk } from '../risks';
import { commonFields, type TransactionRequest, valueLines } from './request';

/** "Send 250 USDC to 0x7099…79C8", or "Move … from A to B" for someone else's tokens. */
export async function transferCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  const selector = selectorOf(tx.data);
  if (!tx.to || (selector !== SELECTOR.transfer && selector !== SELECTOR.transferFrom)) return undefined;
  const isFrom = selector === SELECTOR.transferFrom;
  const owner = isFrom ? argAddress(tx.data, 0) : undefined;
  const recipient = argAddress(tx.data, isFrom ? 1 : 0);
  const amount = argUint(tx.data, isFrom ? 2 : 1);
  if ((isFrom && !owner) || !recipient || amount === undefined) return undefined;

  const token = await facts.token(tx.to);
  const what = tokenAmount(amount, token, tx.to);
  const line =
    owner && !sameAddress(owner, tx.from)
      ? `Move ${what} from ${who(owner, facts)} to ${who(recipient, facts)}`
      : `Send ${what} to ${who(recipient, facts)}`;
  return card('transaction', base, {
    title: `Send ${tokenName(token, tx.to)}`,
    summary: [line, ...valueLines(tx, facts)],
    fields: [
      {
        label: 'Function',
        value: isFrom ? 'transferFrom(address,address,uint256)' : 'transfer(address,uint256)',
      },
      addressField('Token', tx.to, facts),
      ...(owner ? [addressField('Owner', owner, facts)] : []),
      addressField('Recipient', recipient, facts),
      { label: 'Amount', value: what, format: 'amount' },
      { label: 'Amount (base units)', value: amount.toString(), format: 'number' },
      ...commonFields(tx, facts),
    ],
    risks: uniqueRisks([
      ...(token ? [] : [unknownTokenRisk()]),
      ...(await recipientRisks(recipient, facts, { token: true })),
    ]),
  });
}
