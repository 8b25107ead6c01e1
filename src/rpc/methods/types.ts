import type * as v from 'valibot';
import type { JsonRpcCall } from '../../chains/evm/jsonRpc';
import type { Network } from '../../chains/evm/networks';
import type { Labeled, Ring } from '../../ring';
import type { BitcoinDappWallet } from '../../wallet/bitcoinDapp';
import type { DappWallet } from '../../wallet/dappWallet';
import type { ApprovalQueue } from '../approvals';
import type { ProviderEvent } from '../relayProtocol';

/** The network registry as dapp methods may change it (EIP-3085, EIP-3326). */
export interface DappNetworks {
  list(): Promise<Network[]>;
  selectByChainId(chainId: number): Promise<void>;
  add(network: Omit<Network, 'id' | 'defaultRpcUrl'>): Promise<void>;
}

/** What a dapp method may use. The background supplies it; tests supply their own. */
export interface DappDeps {
  ring: Ring;
  selectedNetwork(): Promise<Network>;
  networks: DappNetworks;
  rpc: JsonRpcCall;
  wallet: DappWallet;
  /** The wallet's BIP-84 side, for the Bitcoin provider (docs/bitcoin-provider.md). */
  bitcoin: BitcoinDappWallet;
  approvals: ApprovalQueue;
  /** Sends an EIP-1193 event to every page of one origin. */
  emitEvent(origin: string, event: ProviderEvent, data: unknown): void;
  now(): number;
}

export interface DappContext {
  /** The exact origin the browser reported for the sender; "null" for opaque origins. */
  origin: string;
  deps: DappDeps;
}

/**
 * What the transaction flow (prepare → card → sign → broadcast) needs: a dapp's request and the
 * popup's own Send both provide it. `origin` is the site, or the wallet itself for the popup.
 */
export interface TxFlowContext {
  origin: string;
  deps: Pick<DappDeps, 'ring' | 'rpc' | 'wallet' | 'selectedNetwork' | 'now'>;
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
