import type { Address, EIP1193Provider, Hex } from 'viem';

/** EIP-712 typed data as a dapp passes it to eth_signTypedData_v4 (amounts may be decimal strings). */
export interface TypedDataRequest {
  domain: Record<string, unknown>;
  types: Record<string, { name: string; type: string }[]>;
  primaryType: string;
  message: Record<string, unknown>;
}

/** What the demo dapp (demo/main.ts) exposes as `window.demo`. */
export interface DemoApi {
  chainId(): Promise<number>;
  blockNumber(): Promise<string>;
  balance(address?: `0x${string}`): Promise<string>;
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  wallets(): { name: string; rdns: string; icon: string; uuid: string }[];
  /** eth_requestAccounts (viem requestAddresses): the accounts the wallet grants this origin. */
  connect(): Promise<Address[]>;
  /** personal_sign of `text` by the connected account, checked with viem verifyMessage. */
  personalSign(text: string): Promise<{ signature: Hex; address: Address; valid: boolean }>;
  /** eth_signTypedData_v4 of `data` by the connected account. */
  signTypedData(data: TypedDataRequest): Promise<Hex>;
  /** eth_sendTransaction of `wei` (decimal string or bigint) to `to`: the transaction hash. */
  sendEth(to: Address, wei: string | bigint): Promise<Hex>;
}

/** What demo/exchange.ts exposes as `window.exchange`. */
export interface ExchangeApi {
  /** Connects, reads the chain id and token decimals, and builds `order`. */
  connect(): Promise<{ address: Address; chainId: number }>;
  /** Signs `order` (connecting first if needed) and verifies the signature with viem. */
  signOrder(): Promise<{ signature: Hex; address: Address; valid: boolean }>;
  /** The CoW Protocol order as typed data, once `connect` has built it. */
  order: TypedDataRequest | undefined;
}

/** What demo/ethers.ts exposes as `window.ethersDemo`; every result is plain JSON. */
export interface EthersDemoApi {
  connect(): Promise<{ accounts: string[]; chainId: number }>;
  signMessage(
    text?: string,
  ): Promise<{ address: string; signature: string; recovered: string; verified: boolean }>;
  /** `valueWei` as a decimal string (JSON has no bigint). */
  send(to: string, valueWei: string): Promise<{ hash: string; from: string; to: string; value: string }>;
}

declare global {
  interface Window {
    ethereum?: EIP1193Provider & { isRingfence?: boolean };
    __ethereumAtFirstScript?: string;
    /** The demo dapp's API, for e2e tests and the benchmark. */
    demo?: DemoApi;
    /** The demo exchange page's API (demo/exchange.html). */
    exchange?: ExchangeApi;
    /** The ethers v6 demo page's API (demo/ethers.html). */
    ethersDemo?: EthersDemoApi;
  }
}
