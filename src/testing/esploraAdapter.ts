/**
 * TEST ADAPTER — not an Esplora server. A tiny node:http server that answers the few Esplora
 * endpoints Ringfence uses (https://github.com/Blockstream/esplora/blob/master/API.md) from a real
 * `litecoind -regtest`, so the Esplora backend can be tested (and e2e can run) without the
 * internet. The node still validates every transaction: POST /tx is its sendrawtransaction.
 *
 *   const esplora = await startEsploraAdapter(node);        // node: startLitecoind()
 *   createEsploraBackend({ url: esplora.url, network });
 *   await esplora.close();
 *
 * Where it differs from Esplora: outputs come from scantxoutset (confirmed only — mempool outputs
 * are not listed), an address's tx_count counts the transactions of its unspent outputs (a node
 * without a wallet has no address history), and /fee-estimates falls back to the node's relay
 * fee at every target when estimatesmartfee has no data (a fresh regtest chain). Needs -txindex=1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Litecoind } from './litecoind';

export interface EsploraAdapter {
  url: string;
  close(): Promise<void>;
}

type Scan = { unspents: { txid: string; vout: number; amount: number; height: number }[] };
const TARGETS = [1, 2, 3, 6, 12, 25, 144, 504, 1008];
/** Coins → sats; exact for the < 2^24-coin amounts regtest produces (the wallet's own code parses text). */
const sats = (coins: number) => Math.round(coins * 1e8);

export async function startEsploraAdapter(node: Litecoind): Promise<EsploraAdapter> {
  // Core runs one scantxoutset at a time; Esplora answers requests in parallel, so queue the scans.
  let scanning: Promise<unknown> = Promise.resolve();
  const scan = (address: string) => {
    const result = scanning.then(() => node.rpc<Scan>('scantxoutset', ['start', [`addr(${address})`]]));
    scanning = result.catch(() => undefined);
    return result;
  };

  async function route(method: string, path: string, body: string): Promise<[number, unknown]> {
    const get = (pattern: RegExp) => (method === 'GET' ? pattern.exec(path) : null);
    const utxoOf = get(/^\/address\/([^/]+)\/utxo$/);
    const addressOf = get(/^\/address\/([^/]+)$/);
    const txOf = get(/^\/tx\/([0-9a-f]{64})$/);
    if (utxoOf) {
      const { unspents } = await scan(decodeURIComponent(utxoOf[1]!));
      return [
        200,
        unspents.map((u) => ({
          txid: u.txid,
          vout: u.vout,
          value: sats(u.amount),
          status: { confirmed: true, block_height: u.height },
        })),
      ];
    }
    if (addressOf) {
      const address = decodeURIComponent(addressOf[1]!);
      const { unspents } = await scan(address);
      const funded = unspents.reduce((s, u) => s + sats(u.amount), 0);
      const stats = (n: number, sum: number) => ({
        funded_txo_count: n,
        funded_txo_sum: sum,
        spent_txo_count: 0,
        spent_txo_sum: 0,
        tx_count: new Set(unspents.slice(0, n).map((u) => u.txid)).size,
      });
      return [200, { address, chain_stats: stats(unspents.length, funded), mempool_stats: stats(0, 0) }];
    }
    if (method === 'GET' && path === '/blocks/tip/height')
      return [200, String(await node.rpc<number>('getblockcount'))];
    if (txOf) {
      type Raw = {
        txid: string;
        vin: { coinbase?: string; txid?: string; vout?: number }[];
        blockhash?: string;
      };
      const tx = await node.rpc<Raw>('getrawtransaction', [txOf[1], true]);
      const height = tx.blockhash
        ? (await node.rpc<{ height: number }>('getblockheader', [tx.blockhash])).height
        : undefined;
      return [
        200,
        {
          txid: tx.txid,
          vin: tx.vin.map((i) => ({ txid: i.txid, vout: i.vout, is_coinbase: i.coinbase !== undefined })),
          status: height === undefined ? { confirmed: false } : { confirmed: true, block_height: height },
        },
      ];
    }
    if (method === 'GET' && path === '/fee-estimates') {
      const out: Record<string, number> = {};
      for (const t of TARGETS) {
        const e = await node.rpc<{ feerate?: number }>('estimatesmartfee', [t]);
        if (e.feerate !== undefined) out[t] = e.feerate * 1e5; // coin/kvB → sat/vB
      }
      if (Object.keys(out).length === 0) {
        const { relayfee } = await node.rpc<{ relayfee: number }>('getnetworkinfo');
        for (const t of TARGETS) out[t] = relayfee * 1e5;
      }
      return [200, out];
    }
    if (method === 'POST' && path === '/tx') {
      try {
        return [200, await node.rpc<string>('sendrawtransaction', [body.trim()])];
      } catch (e) {
        // Esplora's wording for a refusal, with the node's reason.
        return [
          400,
          `sendrawtransaction RPC error: ${(e as Error).message.replace(/^litecoind sendrawtransaction: /, '')}`,
        ];
      }
    }
    return [404, 'Not found'];
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://adapter').pathname;
    let status: number;
    let payload: unknown;
    try {
      [status, payload] = await route(req.method ?? 'GET', path, Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      [status, payload] = [400, (e as Error).message];
    }
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json',
    });
    res.end(text);
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
