/**
 * A real Litecoin Core node for tests: Debian's `litecoind -regtest` with its own data directory
 * and free ports, stopped (and its directory removed) by stop(). Litecoin shares Bitcoin's
 * transaction format (P2WPKH, BIP-143), so it validates the UTXO code independently of it.
 *
 *   const node = await startLitecoind();
 *   await node.rpc('generatetoaddress', [101, 'rltc1q…']);
 *   await node.stop();
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LITECOIND = process.env.LITECOIND_PATH ?? '/usr/bin/litecoind';

export interface Litecoind {
  url: string;
  user: string;
  password: string;
  rpc<T = unknown>(method: string, params?: unknown[], wallet?: string): Promise<T>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startLitecoind(): Promise<Litecoind> {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-litecoind-'));
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const user = 'ringfence';
  const password = `test-${Math.random().toString(36).slice(2)}`;
  const child: ChildProcess = spawn(
    LITECOIND,
    [
      '-regtest',
      `-datadir=${dir}`,
      `-rpcport=${rpcPort}`,
      `-port=${p2pPort}`,
      `-rpcuser=${user}`,
      `-rpcpassword=${password}`,
      '-rpcbind=127.0.0.1',
      '-rpcallowip=127.0.0.1',
      '-listen=0',
      '-fallbackfee=0.0001',
      '-txindex=1', // getrawtransaction by txid alone (the Esplora test adapter's /tx/:txid)
      // Node's fetch opens a connection per request (a browser keeps 6 per host): the Esplora client's
      // fan-out of ~100 /tx reads reaches the node at once, past its default queue of 16 ("Work queue
      // depth exceeded", HTTP 400, seen once in CI on a slow run).
      '-rpcworkqueue=256',
      '-printtoconsole=0',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${rpcPort}`;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  async function rpc<T>(method: string, params: unknown[] = [], wallet?: string): Promise<T> {
    const response = await fetch(wallet ? `${url}/wallet/${wallet}` : url, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '1.0', id: 1, method, params }),
    });
    const body = (await response.json()) as { result: T; error: { message: string } | null };
    if (body.error) throw new Error(`litecoind ${method}: ${body.error.message}`);
    return body.result;
  }

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited)
      throw new Error(`litecoind exited at start (is ${LITECOIND} installed? apt-get install litecoind)`);
    try {
      await rpc('getblockchaininfo');
      break;
    } catch (e) {
      if (Date.now() > deadline)
        throw new Error(`litecoind did not answer within 30 s: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    user,
    password,
    rpc,
    async stop() {
      await rpc('stop').catch(() => {});
      await new Promise<void>((resolve) => {
        if (exited) return resolve();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
