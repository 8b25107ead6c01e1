/** Procedures for the popup's network picker: list, select, and edit a network's RPC URL. */
import * as v from 'valibot';
import { procedure } from './procedure';

export const NetworksView = v.object({
  selectedId: v.string(),
  networks: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      chainId: v.number(),
      rpcUrl: v.string(),
      defaultRpcUrl: v.string(),
      symbol: v.string(),
    }),
  ),
});
export type NetworksView = v.InferOutput<typeof NetworksView>;

export const getNetworks = procedure({ name: 'getNetworks', input: v.object({}), output: NetworksView });

export const selectNetwork = procedure({
  name: 'selectNetwork',
  input: v.object({ id: v.pipe(v.string(), v.maxLength(64)) }),
  output: NetworksView,
});

export const setRpcUrl = procedure({
  name: 'setRpcUrl',
  input: v.object({ id: v.pipe(v.string(), v.maxLength(64)), rpcUrl: v.pipe(v.string(), v.maxLength(2048)) }),
  output: NetworksView,
});
