/** Receive: every account's address per currency (ETH and EVM networks, BTC, LTC), as full text. */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const ReceiveView = v.object({
  currencies: v.array(
    v.object({
      symbol: v.string(),
      network: v.string(),
      addresses: v.array(v.object({ name: v.string(), address: v.string(), path: v.optional(v.string()) })),
    }),
  ),
});
export type ReceiveView = v.InferOutput<typeof ReceiveView>;

export const getReceiveAddresses = procedure({
  name: 'getReceiveAddresses',
  input: Empty,
  output: ReceiveView,
});
