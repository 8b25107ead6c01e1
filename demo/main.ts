/**
 * The demo dapp: shows what a dapp sees through Ringfence, using real client libraries — viem
 * (EIP-1193 transport) and mipd (EIP-6963 discovery). `window.demo` lets e2e tests and the
 * benchmark drive the same code paths.
 */
import { createStore } from 'mipd';
import { type Address, createPublicClient, custom, formatEther } from 'viem';
import type { DemoApi } from './globals';

/** anvil's first account ("test test … junk", m/44'/60'/0'/0/0). */
const WATCHED: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const wallets = createStore();

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

function client() {
  if (!window.ethereum) throw new Error('No EIP-1193 provider on this page (is Ringfence installed?)');
  return createPublicClient({ transport: custom(window.ethereum) });
}

const demo: DemoApi = {
  chainId: () => client().getChainId(),
  blockNumber: async () => String(await client().getBlockNumber()),
  balance: async (address: Address = WATCHED) => String(await client().getBalance({ address })),
  request: (args: { method: string; params?: unknown }) => {
    if (!window.ethereum) throw new Error('No EIP-1193 provider on this page');
    return (window.ethereum.request as (a: unknown) => Promise<unknown>)(args);
  },
  wallets: () => wallets.getProviders().map((detail) => ({ ...detail.info })),
};
window.demo = demo;

async function refresh(): Promise<void> {
  show('provider-at-start', window.__ethereumAtFirstScript === 'object' ? 'yes (window.ethereum)' : 'no');
  show('watched-address', WATCHED);
  show(
    'wallets',
    demo
      .wallets()
      .map((info) => `${info.name} (${info.rdns})`)
      .join(', ') || 'none found',
  );
  try {
    show('status', 'reading the chain…');
    show('chain-id', String(await demo.chainId()));
    show('block-number', await demo.blockNumber());
    show('balance', `${formatEther(BigInt(await demo.balance()))} ETH`);
    show('status', 'ok');
  } catch (error) {
    show('status', `error: ${(error as Error).message}`);
  }
}

wallets.subscribe(() =>
  show(
    'wallets',
    demo
      .wallets()
      .map((i) => `${i.name} (${i.rdns})`)
      .join(', '),
  ),
);
document.getElementById('refresh')?.addEventListener('click', () => void refresh());
void refresh();
