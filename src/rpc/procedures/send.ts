/**
 * Send from the popup (CONTRACT.md "send"): Review builds the payment in the ring and answers its
 * card; the user approves or rejects it on the same screen; on approve the ring signs and
 * broadcasts: a Bitcoin/Litecoin payment through the network's backend, an EVM coin or watched
 * ERC-20 token through the selected network's RPC (the dapp transaction path, with its card).
 */
import * as v from 'valibot';
import { Card } from '../../markup/card';
import { FeeEdits } from './approvals';
import { procedure } from './procedure';
import { Empty } from './schemas';

/** What Send can pay with; `id` is the `asset` of reviewSend ("evm:31337:native", "litecoinRegtest"). */
export const getSendAssets = procedure({
  name: 'getSendAssets',
  input: Empty,
  output: v.object({ assets: v.array(v.object({ id: v.string(), label: v.string() })) }),
});

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
  input: v.object({
    id: v.pipe(v.string(), v.maxLength(64)),
    decision: v.picklist(['approve', 'reject']),
    /** EVM sends: the user's edited fees (the card's suggestion otherwise). */
    fees: v.optional(FeeEdits),
  }),
  /** txid: the Bitcoin/Litecoin transaction id, or the EVM transaction hash. */
  output: v.object({ status: v.picklist(['sent', 'rejected']), txid: v.optional(v.string()) }),
});
