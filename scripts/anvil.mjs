/** Starts anvil (npm @foundry-rs/anvil-linux-amd64) on 127.0.0.1 and waits until it answers. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function anvilPath() {
  return join(dirname(require.resolve('@foundry-rs/anvil-linux-amd64/package.json')), 'bin', 'anvil');
}

async function chainId(url) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
    signal: AbortSignal.timeout(500),
  });
  return (await res.json()).result;
}

export async function startAnvil({ port = 8545 } = {}) {
  const url = `http://127.0.0.1:${port}`;
  try {
    await chainId(url);
    throw new Error(`anvil: port ${port} is already in use (is \`npm start\` running?); stop it first`);
  } catch (error) {
    if (String(error.message).startsWith('anvil:')) throw error;
  }
  const child = spawn(anvilPath(), ['--host', '127.0.0.1', '--port', String(port), '--silent'], {
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await chainId(url)) === '0x7a69') break;
    } catch {}
    if (child.exitCode !== null)
      throw new Error(`anvil: exited with code ${child.exitCode} before answering`);
    if (Date.now() > deadline) throw new Error('anvil: no answer within 15 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
