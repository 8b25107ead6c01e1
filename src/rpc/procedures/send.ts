/**
 * Send from the popup (CONTRACT.md "send"): Review builds the payment in the ring and answers its
 * card; the user approves or rejects it on the same screen; on approve the ring signs and
 * broadcasts through the network's backend. (UTXO networks in this release.)
 */
import * as v from 'valibot';
import { Card } from '../../markup/card';
import { procedure } from './procedure';

export const reviewSend = procedure({
  name: 'reviewSend',
  input: v.object({
    asset: v.pipe(v.string(), v.maxLength(64)),
    to: v.pipe(v.string(), v.maxLength(120)),
    amount: v.pipe(v.string(), v.maxLength(40)),
  }),
  output: v.object({ id: v.string(), card: Card }),
});

export const confirmSend = procedure({
  name: 'confirmSend',
  input: v.object({ id: v.pipe(v.string(), v.maxLength(64)), decision: v.picklist(['approve', 'reject']) }),
  output: v.object({ status: v.picklist(['sent', 'rejected']), txid: v.optional(v.string()) }),
});
