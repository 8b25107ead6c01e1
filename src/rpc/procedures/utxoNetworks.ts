/** Settings → Networks for Bitcoin and Litecoin: each network's backend (Esplora or own node). */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const UtxoNetworksView = v.object({
  networks: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      symbol: v.string(),
      backend: v.picklist(['esplora', 'node']),
      url: v.string(),
      user: v.string(),
      /** Whether an RPC password is stored (the password itself never leaves the ring). */
      hasPassword: v.boolean(),
    }),
  ),
});
export type UtxoNetworksView = v.InferOutput<typeof UtxoNetworksView>;

export const getUtxoNetworks = procedure({ name: 'getUtxoNetworks', input: Empty, output: UtxoNetworksView });

export const setUtxoBackend = procedure({
  name: 'setUtxoBackend',
  input: v.object({
    id: v.pipe(v.string(), v.maxLength(64)),
    backend: v.picklist(['esplora', 'node']),
    url: v.pipe(v.string(), v.maxLength(2048)),
    user: v.optional(v.pipe(v.string(), v.maxLength(256))),
    /** Omitted: keep the stored password. */
    password: v.optional(v.pipe(v.string(), v.maxLength(1024))),
  }),
  output: UtxoNetworksView,
});
