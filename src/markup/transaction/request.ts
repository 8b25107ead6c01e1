/**
 * The transaction a dapp asks to send (eth_sendTransaction params, validated by the router) and
 * the fields every transaction card shares.
 */
import type { Card, CardBase, Field } from '../card';
import { addressField, nativeAmount } from '../describe';
import type { ChainFacts } from '../facts';

export interface TransactionRequest {
  from: string;
  /** Absent for a contract creation. */
  to?: string;
  value: bigint;
  data: Uint8Array;
  chainId: number;
}

/** A decoder reads one kind of call; undefined means "not mine". */
export type TransactionDecoder = (
  tx: TransactionRequest,
  base: CardBase,
  facts: ChainFacts,
) => Promise<Card | undefined>;

/** From, To and (when not zero) Value. */
export function commonFields(tx: TransactionRequest, facts: ChainFacts): Field[] {
  const fields = [addressField('From', tx.from, facts)];
  if (tx.to) fields.push(addressField('To', tx.to, facts));
  if (tx.value > 0n) fields.push({ label: 'Value', value: nativeAmount(tx.value, facts), format: 'amount' });
  return fields;
}

/** A second line when a token call also carries native coin: easy to miss, and it is sent too. */
export function valueLines(tx: TransactionRequest, facts: ChainFacts): string[] {
  return tx.value > 0n ? [`Also send ${nativeAmount(tx.value, facts)} to the contract`] : [];
}
