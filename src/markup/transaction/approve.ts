/**
 * ERC-20 `approve` and OpenZeppelin's `increaseAllowance` calldata → a card
 * (https://eips.ethereum.org/EIPS/eip-20#approve). `approve(spender, 0)` is a revoke.
 *
 *   await approveCard({ from, to: usdc, value: 0n, data: approveCalldata, chainId: 1 }, base, facts);
 */

import { argAddress, argUint, SELECTOR, selectorOf } from '../calldata';
import { type Card, type CardBase, card } from '../card';
import { addressField, tokenAmount, tokenName, who } from '../describe';
import type { ChainFacts } from '../facts';
import { isUnlimited } from '../format';
import { spenderRisks, uniqueRisks, unknownTokenRisk, unlimitedRisk } from '../risks';
import { commonFields, type TransactionRequest, valueLines } from './request';

/** "Allow X to spend 250 USDC", "… an unlimited amount of USDC", or "Revoke the approval of X for USDC". */
export async function approveCard(
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  const selector = selectorOf(tx.data);
  if (!tx.to || (selector !== SELECTOR.approve && selector !== SELECTOR.increaseAllowance)) return undefined;
  const spender = argAddress(tx.data, 0);
  const amount = argUint(tx.data, 1);
  if (!spender || amount === undefined) return undefined;

  const increase = selector === SELECTOR.increaseAllowance;
  const revoke = !increase && amount === 0n;
  const token = await facts.token(tx.to);
  const symbol = tokenName(token, tx.to);
  const what = tokenAmount(amount, token, tx.to);
  const line = revoke
    ? `Revoke the approval of ${who(spender, facts)} for ${symbol}`
    : `Allow ${who(spender, facts)} to spend ${what}${increase && !isUnlimited(amount) ? ' more' : ''}`;
  return card('transaction', base, {
    title: revoke ? `Revoke ${symbol} approval` : `Approve ${symbol}`,
    summary: [line, ...valueLines(tx, facts)],
    fields: [
      {
        label: 'Function',
        value: increase ? 'increaseAllowance(address,uint256)' : 'approve(address,uint256)',
      },
      addressField('Token', tx.to, facts),
      addressField('Spender', spender, facts),
      { label: increase ? 'Increase' : 'Allowance', value: what, format: 'amount' },
      { label: 'Amount (base units)', value: amount.toString(), format: 'number' },
      ...commonFields(tx, facts),
    ],
    risks: uniqueRisks([
      ...(isUnlimited(amount) ? [unlimitedRisk()] : []),
      ...(token ? [] : [unknownTokenRisk()]),
      ...(revoke ? [] : await spenderRisks(spender, facts)),
    ]),
  });
}
