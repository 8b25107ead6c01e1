import type * as v from 'valibot';
import type { JsonRpcCall } from '../../chains/evm/jsonRpc';
import type { Network } from '../../chains/evm/networks';
import type { Labeled } from '../../ring';

/** What a dapp method may use. The background supplies it; tests supply their own. */
export interface DappDeps {
  selectedNetwork(): Promise<Network>;
  rpc: JsonRpcCall;
  /** The accounts this origin was granted (public toward that origin only). */
  grantedAccounts(origin: string): Promise<string[]>;
}

export interface DappContext {
  origin: string;
  deps: DappDeps;
}

/** One EIP-1193 method the ring answers itself: its params shape and its handler. */
export interface DappMethod<P = unknown> {
  params: v.GenericSchema<unknown, P>;
  /** Answers a labeled value: the router emits it through the origin's page sink (public only). */
  handle(params: P, ctx: DappContext): Promise<Labeled<unknown>>;
}

export function dappMethod<P>(
  params: v.GenericSchema<unknown, P>,
  handle: DappMethod<P>['handle'],
): DappMethod {
  return { params, handle } as DappMethod;
}
