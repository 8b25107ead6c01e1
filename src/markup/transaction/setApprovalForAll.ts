/**
 * ERC-721 / ERC-1155 `setApprovalForAll(operator, approved)` calldata → a card
 * (https://eips.ethereum.org/EIPS/eip-721). One call hands over a whole collection.
 *
 *   await setApprovalForAllCard({ from, to: collection, value: 0n, data, chainId: 1 }, base, facts);
 */

import { argAddress, argBool, SELECTOR, selectorOf } from '../calldata';
import { type Card, type CardBase, card } from '../card';
import { addressField, who } from '../describe';
import type { ChainFacts } from '../facts';
import { shortAddress } from '../format';
import { spenderRisks, unlimitedRisk } from '../risks';
import { commonFields, type TransactionRequest, valueLines } from './request';

/** "Allow X to move all your <collection> NFTs", or the revoke. */
export async function setApprovalForAllCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (!tx.to || selectorOf(tx.data) !== SELECTOR.setApprovalForAll) return undefined;
  const operator = argAddress(tx.data, 0);
  const approved = argBool(tx.data, 1);
  if (!operator || approved === undefined) return undefined;

  const collection = facts.nameOf(tx.to) ?? (await facts.token(tx.to))?.symbol ?? shortAddress(tx.to);
  const line = approved
    ? `Allow ${who(operator, facts)} to move all your ${collection} NFTs`
    : `Revoke the approval of ${who(operator, facts)} to move your ${collection} NFTs`;
  return card('transaction', base, {
    title: approved ? `Approve all ${collection} NFTs` : `Revoke ${collection} NFT approval`,
    summary: [line, ...valueLines(tx, facts)],
    fields: [
      { label: 'Function', value: 'setApprovalForAll(address,bool)' },
      addressField('Collection', tx.to, facts),
      addressField('Operator', operator, facts),
      { label: 'Approved', value: String(approved), format: 'bool' },
      ...commonFields(tx, facts),
    ],
    risks: approved ? [unlimitedRisk(true), ...(await spenderRisks(operator, facts))] : [],
  });
}
