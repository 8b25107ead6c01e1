/**
 * A UtxoBackend over an Esplora REST API — mempool.space, blockstream.info, litecoinspace.org
 * (https://github.com/Blockstream/esplora/blob/master/API.md).
 *
 *   const esplora = createEsploraBackend({ url: 'https://litecoinspace.org/api', network });
 *   const rate = await esplora.feeRate(6);   // sat/vB, rounded up
 *
 * The server is trusted only for data: every address is checked against `network` before it goes
 * into a URL, and an output's script is derived from our own address, not taken from the server.
 */
import { validateUtxoAddress } from './address';
import {
  type BackendUtxo,
  COINBASE_MATURITY,
  checkTxHex,
  checkTxid,
  type FetchFn,
  type UtxoBackend,
} from './backend';
import type { UtxoNetwork } from './networks';

export interface EsploraBackendConfig {
  url: string;
  network: UtxoNetwork;
}

/** GET /address/:address/utxo */
interface EsploraUtxo {
  txid: string;
  vout: number;
  /** satoshis */
  value: number;
  status: { confirmed: boolean; block_height?: number };
}
interface Stats {
  tx_count: number;
}

const TXID = /^[0-9a-f]{64}$/;

export function createEsploraBackend(
  config: EsploraBackendConfig,
  fetchFn: FetchFn = globalThis.fetch,
): UtxoBackend {
  const base = config.url.replace(/\/+$/, '');
  const { network } = config;

  async function request(method: 'GET' | 'POST', path: string, body?: string): Promise<string> {
    let response: Response;
    try {
      response = await fetchFn(`${base}${path}`, {
        method,
        ...(body !== undefined ? { body, headers: { 'content-type': 'text/plain' } } : {}),
      });
    } catch (e) {
      throw new Error(`esplora ${method} ${path}: cannot reach the server (${(e as Error).message})`);
    }
    const text = await response.text();
    if (!response.ok) {
      // Esplora explains a refusal in the body, e.g. "sendrawtransaction RPC error: {…}".
      const why = text.trim().slice(0, 300);
      throw new Error(`esplora ${method} ${path}: HTTP ${response.status}${why ? ` (${why})` : ''}`);
    }
    return text;
  }
  const getJson = async <T>(path: string): Promise<T> => {
    const text = await request('GET', path);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new Error(`esplora GET ${path}: expected JSON, got "${text.slice(0, 60)}"`);
    }
  };
  const checked = (a: string) => {
    validateUtxoAddress(a, network);
    return encodeURIComponent(a);
  };
  const sats = (value: number, where: string) => {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`esplora ${where}: value is not a satoshi amount`);
    return BigInt(value);
  };

  return {
    async utxos(addresses) {
      if (addresses.length === 0) return [];
      const scripts = addresses.map((a) => validateUtxoAddress(a, network));
      const lists = await Promise.all(
        addresses.map((a) => getJson<EsploraUtxo[]>(`/address/${checked(a)}/utxo`)),
      );
      const tip = Number(await request('GET', '/blocks/tip/height'));
      if (!Number.isSafeInteger(tip)) throw new Error('esplora GET /blocks/tip/height: not a height');
      const confirmations = (u: EsploraUtxo) =>
        u.status.confirmed && u.status.block_height !== undefined ? tip - u.status.block_height + 1 : 0;

      // A coinbase is never in the mempool, and past 100 confirmations it is mature either way.
      const young = new Set(
        lists
          .flat()
          .filter((u) => confirmations(u) > 0 && confirmations(u) < COINBASE_MATURITY)
          .map((u) => u.txid),
      );
      const coinbases = new Set<string>();
      await Promise.all(
        [...young].map(async (txid) => {
          if (!TXID.test(txid)) throw new Error(`esplora: "${txid.slice(0, 70)}" is not a txid`);
          const tx = await getJson<{ vin: { is_coinbase: boolean }[] }>(`/tx/${txid}`);
          if (tx.vin[0]?.is_coinbase) coinbases.add(txid);
        }),
      );
      return lists.flatMap((list, i) =>
        list.map(
          (u): BackendUtxo => ({
            txid: u.txid,
            vout: u.vout,
            amount: sats(u.value, `/address/${addresses[i]}/utxo`),
            script: scripts[i]!,
            address: addresses[i]!,
            confirmations: confirmations(u),
            coinbase: coinbases.has(u.txid),
          }),
        ),
      );
    },

    async txStatus(txid) {
      try {
        const tx = await getJson<{ status?: { confirmed?: boolean } }>(`/tx/${checkTxid(txid)}`);
        return tx.status?.confirmed ? 'confirmed' : 'pending';
      } catch (e) {
        if (/HTTP 404/.test((e as Error).message)) return 'unknown';
        throw e;
      }
    },

    async used(addresses) {
      return Promise.all(
        addresses.map(async (a) => {
          const info = await getJson<{ chain_stats: Stats; mempool_stats: Stats }>(`/address/${checked(a)}`);
          return info.chain_stats.tx_count + info.mempool_stats.tx_count > 0;
        }),
      );
    },

    /**
     * The estimate for the nearest target ≥ `blocks` (or the longest target the server has). An
     * empty answer — a new chain, a server without estimates — means 1 sat/vB, the default relay floor.
     */
    async feeRate(blocks = 6) {
      if (!Number.isSafeInteger(blocks) || blocks < 1 || blocks > 1008)
        throw new RangeError('blocks: expected 1…1008');
      const estimates = await getJson<Record<string, number>>('/fee-estimates');
      const targets = Object.keys(estimates)
        .map(Number)
        .filter((t) => Number.isSafeInteger(t) && t > 0)
        .sort((a, b) => a - b);
      if (targets.length === 0) return 1n;
      const target = targets.find((t) => t >= blocks) ?? targets.at(-1)!;
      const rate = estimates[String(target)]!;
      if (!Number.isFinite(rate) || rate < 0)
        throw new Error(`esplora GET /fee-estimates: target ${target} is not a rate`);
      const up = BigInt(Math.ceil(rate));
      return up < 1n ? 1n : up;
    },

    async broadcast(hex) {
      const txid = (await request('POST', '/tx', checkTxHex(hex))).trim();
      if (!TXID.test(txid)) throw new Error(`esplora POST /tx: expected a txid, got "${txid.slice(0, 70)}"`);
      return txid;
    },
  };
}
