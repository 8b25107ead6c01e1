/**
 * A second dapp client on the same wallet: ethers v6 `BrowserProvider` over `window.ethereum`.
 * ethers asks for accounts, signs and sends differently from viem (eth_accounts before every
 * signer, personal_sign with hex data, polling for the sent transaction), so this page checks
 * Ringfence against a second real library. https://docs.ethers.org/v6/api/providers/#BrowserProvider
 *
 *   await window.ethersDemo.signMessage('hello from ethers'); // { address, signature, recovered, verified }
 */
import { BrowserProvider, type Eip1193Provider, verifyMessage } from 'ethers';
import { onClick, provider, run, show } from './dapp';
import type { EthersDemoApi } from './globals';

const GREETING = 'hello from ethers';
/** anvil's second account: where the "Send 0.01 ETH" button sends. */
const RECIPIENT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

/** A fresh provider per action: ethers caches the network, and the wallet's network may change. */
function browserProvider(): BrowserProvider {
  // viem's EIP1193Provider and ethers' Eip1193Provider describe the same `request` function.
  return new BrowserProvider(provider() as unknown as Eip1193Provider);
}

const ethersDemo: EthersDemoApi = {
  connect: () =>
    run('ethers-error', async () => {
      const browser = browserProvider();
      const accounts: string[] = await browser.send('eth_requestAccounts', []);
      const { chainId } = await browser.getNetwork();
      show('ethers-accounts', accounts.join(', ') || 'none granted');
      return { accounts, chainId: Number(chainId) };
    }),
  signMessage: (text = GREETING) =>
    run('ethers-error', async () => {
      const signer = await browserProvider().getSigner();
      const signature = await signer.signMessage(text);
      // EIP-191 recovery, as a server would check a login signature.
      const recovered = verifyMessage(text, signature);
      const verified = recovered.toLowerCase() === signer.address.toLowerCase();
      show('ethers-signature', signature);
      show('ethers-verified', verified ? 'valid' : 'invalid');
      return { address: signer.address, signature, recovered, verified };
    }),
  send: (to: string, valueWei: string) =>
    run('ethers-error', async () => {
      const signer = await browserProvider().getSigner();
      // JsonRpcSigner.sendTransaction: eth_sendTransaction, then polls until the node knows the hash.
      const tx = await signer.sendTransaction({ to, value: BigInt(valueWei) });
      show('ethers-tx', tx.hash);
      return { hash: tx.hash, from: tx.from, to: tx.to ?? to, value: tx.value.toString() };
    }),
};
window.ethersDemo = ethersDemo;

onClick('ethers-connect', () => ethersDemo.connect());
onClick('ethers-sign', () => ethersDemo.signMessage(GREETING));
onClick('ethers-send', () => ethersDemo.send(RECIPIENT, '10000000000000000'));
