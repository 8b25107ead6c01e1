/**
 * The demo dapp: shows what a dapp sees through Ringfence, using real client libraries — viem
 * (EIP-1193 transport) and mipd (EIP-6963 discovery). `window.demo` lets e2e tests and the
 * benchmark drive the same code paths as the buttons a person clicks after `npm start`.
 *
 *   await window.demo.connect();                       // ['0xf39F…2266']
 *   await window.demo.personalSign('Hello');           // { signature, address, valid: true }
 */
import { createStore } from 'mipd';
import { type Address, formatEther, type Hex, parseEther, verifyMessage } from 'viem';
import { onClick, provider, publicClient, run, show, viemTypedData, walletClient } from './dapp';
import type { DemoApi, TypedDataRequest } from './globals';

/** anvil's first account ("test test … junk", m/44'/60'/0'/0/0). */
const WATCHED: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
/** anvil's second account: where the "Send 0.01 ETH" button sends. */
const RECIPIENT: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const GREETING = 'Hello from the Ringfence demo';
const wallets = createStore();

/** The connected account, asking the wallet (eth_requestAccounts) only when there is none yet. */
async function account(): Promise<Address> {
  const [connected] = await walletClient().getAddresses();
  if (connected) return connected;
  const [granted] = await demo.connect();
  if (!granted) throw new Error('The wallet granted no account');
  return granted;
}

const demo: DemoApi = {
  chainId: () => publicClient().getChainId(),
  blockNumber: async () => String(await publicClient().getBlockNumber()),
  balance: async (address: Address = WATCHED) => String(await publicClient().getBalance({ address })),
  request: (args: { method: string; params?: unknown }) =>
    (provider().request as (a: unknown) => Promise<unknown>)(args),
  wallets: () => wallets.getProviders().map((detail) => ({ ...detail.info })),

  connect: () =>
    run('action-error', async () => {
      const accounts = await walletClient().requestAddresses();
      show('accounts', accounts.join(', ') || 'none granted');
      return accounts;
    }),
  personalSign: (text: string) =>
    run('action-error', async () => {
      const address = await account();
      // viem's signMessage sends personal_sign with the text as UTF-8 hex, as EIP-191 wallets expect.
      const signature = await walletClient().signMessage({ account: address, message: text });
      const valid = await verifyMessage({ address, message: text, signature });
      show('message-signature', signature);
      show('message-verified', valid ? 'valid' : 'invalid');
      return { signature, address, valid };
    }),
  signTypedData: (data: TypedDataRequest) =>
    run('action-error', async () => {
      const signature = await walletClient().signTypedData({
        account: await account(),
        ...viemTypedData(data),
      });
      show('typed-signature', signature);
      return signature;
    }),
  sendEth: (to: Address, wei: string | bigint) =>
    run('action-error', async () => {
      // chain: null — the wallet fills the chain id of its selected network; the demo assumes none.
      const hash = await walletClient().sendTransaction({
        account: await account(),
        chain: null,
        to,
        value: BigInt(wei),
      });
      show('tx-hash', hash);
      return hash as Hex;
    }),
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
onClick('connect', () => demo.connect());
onClick('sign-message', () => demo.personalSign(GREETING));
onClick('send-eth', () => demo.sendEth(RECIPIENT, parseEther('0.01')).then(refresh));
void refresh();
