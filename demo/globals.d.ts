import type { EIP1193Provider } from 'viem';

/** What the demo dapp (demo/main.ts) exposes as `window.demo`. */
export interface DemoApi {
  chainId(): Promise<number>;
  blockNumber(): Promise<string>;
  balance(address?: `0x${string}`): Promise<string>;
  request(args: { method: string; params?: unknown }): Promise<unknown>;
  wallets(): { name: string; rdns: string; icon: string; uuid: string }[];
}

declare global {
  interface Window {
    ethereum?: EIP1193Provider & { isRingfence?: boolean };
    __ethereumAtFirstScript?: string;
    /** The demo dapp's API, for e2e tests and the benchmark. */
    demo?: DemoApi;
  }
}
