/**
 * What the rules are asked about a site's request (src/policy/request.ts): the card's own facts
 * (kind, origin, chain, account, risk codes) plus, for a transaction, what its calldata does —
 * read from the request itself, not from the card's words. A call that moves the native coin is a
 * `send` whatever else it does, so a daily limit cannot be dodged by routing value through a contract.
 *
 *   const facts = transactionFacts({ from, to, value: 6n * 10n ** 17n, data: new Uint8Array() }, 'ETH');
 *   policyRequestOf(card, facts); // { origin, kind: 'send', chainId, account, recipient: to, asset: 'ETH', amount }
 */

import { argAddress, argBool, argUint, SELECTOR, selectorOf } from '../../markup/calldata';
import type { Card } from '../../markup/card';
import type { PolicyRequest, PolicySend } from '../../policy';
import type { TxRequest } from './txRequest';

/** The parts of a PolicyRequest a card builder knows beyond the card. */
export type PolicyFacts = Partial<
  Pick<PolicyRequest, 'kind' | 'recipient' | 'asset' | 'amount' | 'spender' | 'contract' | 'sends'>
>;

/**
 * What an EIP-5792 batch moves, for the rules: every call's send (native value or ERC-20 transfer,
 * {@link transactionFacts}), one entry per asset and recipient, each with the batch's WHOLE amount
 * of that asset — so neither a limit nor a recipient rule can be dodged by splitting one asset over
 * several calls or recipients (stricter than per call, never milder).
 *
 *   batchFacts([tokenSend(token, bob, 5n), tokenSend(token, carol, 7n)]);
 *   // { sends: [{ asset: token, amount: 12n, recipient: bob, contract: token }, { …, recipient: carol }] }
 */
export function batchFacts(calls: readonly PolicyFacts[]): PolicyFacts {
  const totals = new Map<string, bigint>();
  const pairs = new Map<string, Omit<PolicySend, 'amount'>>();
  for (const c of calls) {
    if (c.kind !== 'send' || c.asset === undefined || c.amount === undefined || c.amount <= 0n) continue;
    const asset = c.asset.toLowerCase();
    totals.set(asset, (totals.get(asset) ?? 0n) + c.amount);
    const key = `${asset} ${c.recipient?.toLowerCase() ?? ''}`;
    if (!pairs.has(key))
      pairs.set(key, {
        asset: c.asset,
        ...(c.recipient !== undefined ? { recipient: c.recipient } : {}),
        ...(c.contract !== undefined && c.contract.toLowerCase() === asset ? { contract: c.contract } : {}),
      });
  }
  const sends = [...pairs.values()].map((p) => ({ ...p, amount: totals.get(p.asset.toLowerCase())! }));
  return sends.length > 0 ? { sends } : {};
}

/** What an EVM transaction does, for the rules: a send, an approval, or another call. */
export function transactionFacts(
  req: Pick<TxRequest, 'to' | 'value' | 'data'>,
  nativeSymbol: string,
): PolicyFacts {
  const { to, value, data } = req;
  if (!to) return { kind: 'transaction' };
  const native: PolicyFacts = { kind: 'send', recipient: to, asset: nativeSymbol, amount: value };
  if (data.length === 0) return native;
  const selector = selectorOf(data);
  if (selector === SELECTOR.transfer || selector === SELECTOR.transferFrom) {
    const from = selector === SELECTOR.transferFrom;
    const recipient = argAddress(data, from ? 1 : 0);
    const amount = argUint(data, from ? 2 : 1);
    if (recipient && amount !== undefined && value === 0n)
      return { kind: 'send', recipient, asset: to, amount, contract: to };
  }
  if (selector === SELECTOR.approve || selector === SELECTOR.increaseAllowance) {
    const spender = argAddress(data, 0);
    const amount = argUint(data, 1);
    if (spender && amount !== undefined && value === 0n)
      return { kind: 'approve', spender, asset: to, amount, contract: to };
  }
  if (selector === SELECTOR.setApprovalForAll && argBool(data, 1) === true && value === 0n) {
    const spender = argAddress(data, 0);
    if (spender) return { kind: 'approve', spender, contract: to };
  }
  return value > 0n ? { ...native, contract: to } : { kind: 'transaction', contract: to };
}

/** The request the rules evaluate: the card's facts, refined by the builder's. */
export function policyRequestOf(card: Card, facts: PolicyFacts = {}): PolicyRequest {
  return {
    origin: card.origin,
    kind: card.kind,
    ...(card.chain ? { chainId: card.chain.id } : {}),
    ...(card.account ? { account: card.account } : {}),
    risks: card.risks.map((r) => r.code),
    ...facts,
  };
}
