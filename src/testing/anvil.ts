/**
 * A real local chain for tests: spawns anvil (npm @foundry-rs/anvil-linux-amd64, Foundry's node,
 * https://book.getfoundry.sh/reference/anvil/) on a free port of 127.0.0.1 and stops it afterwards.
 * Chain id 31337, automine, ten accounts of "test … junk" with 10,000 ETH each (their keys below).
 * Test-only: nothing under src/ outside tests may import it.
 *
 *   const anvil = await startAnvil();            // waits (≤ 10 s) until eth_chainId answers
 *   await anvil.rpc(anvil.url, 'eth_getBalance', [ANVIL_ACCOUNTS[0].address, 'latest']);
 *   await anvil.stop();                          // or in vitest: const chain = anvilPerFile() (./anvilPerFile)
 *
 * API: startAnvil({ args?, timeoutMs? }) → { url, port, chainId, rpc, stop() };
 * ANVIL_ACCOUNTS[i] = { address, privateKey }; waitForReceipt(rpc, url, txHash) → the receipt.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { Address } from '../chains/evm/address';
import type { Hex } from '../chains/evm/hex';
import { createJsonRpcClient, type JsonRpcCall } from '../chains/evm/jsonRpc';
// The attribute lets Node's own ESM loader (Playwright's e2e files) import it, not only Vite.
import hardhat from '../fixtures/eth-hardhat-default-accounts.json' with { type: 'json' };

/** anvil's ten default accounts (same mnemonic and path as hardhat's). */
export const ANVIL_ACCOUNTS: readonly { address: Address; privateKey: Hex }[] = hardhat.accounts
  .slice(0, 10)
  .map((a) => ({ address: a.address as Address, privateKey: a.privateKey as Hex }));

export const ANVIL_CHAIN_ID = 31337;

export interface Anvil {
  url: string;
  port: number;
  chainId: number;
  rpc: JsonRpcCall;
  stop(): Promise<void>;
}

export interface StartAnvilOptions {
  /** Extra anvil flags, e.g. ['--hardfork', 'london'] or ['--block-time', '1']. */
  args?: string[];
  /** How long to wait for the first answer. Default 10 s. */
  timeoutMs?: number;
}

export function anvilPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@foundry-rs/anvil-linux-amd64/package.json')), 'bin', 'anvil');
}

/** A port the OS just handed out; anvil binds it a moment later (a clash is retried by startAnvil). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

const running = new Set<ChildProcess>();
// If a test file dies without its teardown, do not leave anvils behind on a shared machine.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

async function startOnce(options: StartAnvilOptions): Promise<Anvil | undefined> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = ['--host', '127.0.0.1', '--port', String(port), '--silent', ...(options.args ?? [])];
  const child = spawn(anvilPath(), args, { stdio: 'ignore' });
  running.add(child);
  const rpc = createJsonRpcClient({ timeoutMs: 5_000 });
  const probe = createJsonRpcClient({ timeoutMs: 300 });
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    if (child.exitCode !== null) {
      running.delete(child);
      return undefined; // most likely the port was taken in the meantime
    }
    try {
      const id = await probe(url, 'eth_chainId', []);
      return { url, port, chainId: Number(id), rpc, stop: () => stopChild(child) };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`anvil: no answer on ${url} within ${options.timeoutMs ?? 10_000} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startAnvil(options: StartAnvilOptions = {}): Promise<Anvil> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const anvil = await startOnce(options);
    if (anvil) return anvil;
  }
  throw new Error('anvil: exited before answering, three times (see `anvil --help` for the flags)');
}

/** Polls for a receipt; anvil automines, so it is there within a few polls. */
export async function waitForReceipt(
  rpc: JsonRpcCall,
  url: string,
  hash: Hex,
  timeoutMs = 10_000,
): Promise<{ status: Hex; contractAddress: Address | null; gasUsed: Hex; effectiveGasPrice: Hex }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const receipt = await rpc(url, 'eth_getTransactionReceipt', [hash]);
    if (receipt) return receipt as never;
    if (Date.now() > deadline) throw new Error(`no receipt for ${hash} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
