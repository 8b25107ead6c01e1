/**
 * A UtxoBackend over the user's own Bitcoin/Litecoin Core node: JSON-RPC 1.0 with HTTP Basic auth
 * (https://developer.bitcoin.org/reference/rpc/, https://bitcoincore.org/en/doc/28.0.0/rpc/).
 *
 *   const node = createNodeBackend({ url: 'http://127.0.0.1:9332', user, password, network });
 *   const coins = await node.utxos(['ltc1q…']);   // scantxoutset: no wallet needed on the node
 *
 * Limits of a wallet-less node, by design: `scantxoutset` reads the chain's UTXO set, so outputs
 * still in the mempool are not listed, and an address is "used" only while it holds coins (the node
 * keeps no address history). Core runs one scan at a time; on mainnet a scan takes about a minute.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
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

export interface NodeBackendConfig {
  url: string;
  user: string;
  password: string;
  network: UtxoNetwork;
}

/** Core writes amounts as fixed-point decimals ("50.00000000"), in coins. */
type Coins = string;

interface ScanResult {
  height: number;
  unspents: {
    txid: string;
    vout: number;
    scriptPubKey: string;
    amount: Coins;
    height: number;
    /** Bitcoin Core lists it (28.0 docs); Litecoin Core 0.21 does not. */
    coinbase?: boolean;
  }[];
}

/**
 * Exact coins → satoshis. JSON numbers can't carry this: above 2^26 coins (Litecoin's supply is 84
 * million) neighbouring 8-decimal amounts share one double, and Math.round(x·1e8) is provably exact
 * only below 2^24 coins. So amounts are read from the response text as decimal strings.
 */
export function coinsToSats(coins: Coins, field = 'amount'): bigint {
  const m = /^(\d{1,10})(?:\.(\d{1,8}))?$/.exec(coins);
  if (!m)
    throw new TypeError(`${field}: expected a non-negative amount with at most 8 decimals, got "${coins}"`);
  return BigInt(m[1]!) * 100_000_000n + BigInt((m[2] ?? '').padEnd(8, '0'));
}

/**
 * Quotes the numbers of amount fields before JSON.parse. A key inside a JSON string has its quotes
 * escaped (\"amount\"), so this pattern can only match a real key.
 */
const AMOUNT_KEYS = /"(amount|feerate|relayfee|mempoolminfee)"\s*:\s*(-?\d+(?:\.\d+)?)/g;

/** sat/vB from a coin/kvB rate, rounded up. */
const perVbyte = (coinPerKvB: Coins, field: string) => (coinsToSats(coinPerKvB, field) + 999n) / 1000n;

export function createNodeBackend(
  config: NodeBackendConfig,
  fetchFn: FetchFn = globalThis.fetch,
): UtxoBackend {
  const { url, user, password, network } = config;
  const auth = `Basic ${btoa(`${user}:${password}`)}`;
  let id = 0;
  let scanning: Promise<unknown> = Promise.resolve();

  /** One request, or one JSON-RPC batch (Core answers an array in order of ids). */
  async function send(calls: readonly [string, unknown[]][]): Promise<unknown[]> {
    const what = calls.length === 1 ? calls[0]![0] : `batch of ${calls.length} (${calls[0]?.[0]}…)`;
    const body = calls.map(([method, params]) => ({ jsonrpc: '1.0', id: ++id, method, params }));
    let response: Response;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(calls.length === 1 ? body[0] : body),
      });
    } catch (e) {
      throw new Error(`node RPC ${what}: cannot reach the node (${(e as Error).message})`);
    }
    const text = await response.text();
    type Reply = { id: number; result: unknown; error: { code: number; message: string } | null };
    let replies: Reply[] | undefined;
    try {
      const parsed = JSON.parse(text.replace(AMOUNT_KEYS, '"$1":"$2"')) as Reply | Reply[];
      replies = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      // Not JSON: Core answers 401 with an empty body, a proxy may answer HTML.
    }
    const failed = replies?.find((r) => r?.error);
    if (failed?.error)
      throw new Error(`node RPC ${what}: ${failed.error.message} (code ${failed.error.code})`);
    if (!response.ok || !replies) {
      const hint = response.status === 401 ? ' (check the RPC user and password)' : '';
      throw new Error(`node RPC ${what}: HTTP ${response.status} ${response.statusText}${hint}`);
    }
    const byId = new Map(replies.map((r) => [r.id, r.result]));
    return body.map((b) => byId.get(b.id));
  }
  const call = async <T>(method: string, params: unknown[] = []) => (await send([[method, params]]))[0] as T;
  const batch = async <T>(calls: [string, unknown[]][]) => (calls.length ? ((await send(calls)) as T[]) : []);

  /** Descriptors for checked addresses only: an unchecked string could inject another descriptor. */
  function scan(addresses: readonly string[]) {
    const scripts = addresses.map((a) => validateUtxoAddress(a, network));
    // Core refuses a second scan while one runs ("Scan already in progress"): queue ours.
    const result = scanning.then(() =>
      call<ScanResult>('scantxoutset', ['start', addresses.map((a) => `addr(${a})`)]),
    );
    scanning = result.catch(() => undefined);
    return { scripts, result };
  }

  /**
   * Which young outputs are coinbase, when the node doesn't say: a coinbase is the first
   * transaction of its block and its input has a `coinbase` field. getblockhash + getrawtransaction
   * with that block hash works without -txindex, and only outputs under 100 confirmations need it.
   */
  async function youngCoinbases(young: readonly { txid: string; height: number }[]): Promise<Set<string>> {
    const hashes = await batch<string>(young.map((u) => ['getblockhash', [u.height]]));
    const txs = await batch<{ txid: string; vin: { coinbase?: string }[] }>(
      young.map((u, i) => ['getrawtransaction', [u.txid, true, hashes[i]]]),
    );
    return new Set(txs.filter((t) => t.vin[0]?.coinbase !== undefined).map((t) => t.txid));
  }

  return {
    async utxos(addresses) {
      if (addresses.length === 0) return [];
      const { scripts, result } = scan(addresses);
      const { height: tip, unspents } = await result;
      const hexes = scripts.map(bytesToHex);
      const confirmations = (h: number) => tip - h + 1;
      const unknown = unspents.filter(
        (u) => u.coinbase === undefined && confirmations(u.height) < COINBASE_MATURITY,
      );
      const coinbases = await youngCoinbases(unknown);
      return unspents.map((u): BackendUtxo => {
        const i = hexes.indexOf(u.scriptPubKey.toLowerCase());
        if (i < 0)
          throw new Error(`node RPC scantxoutset: an output ${u.txid}:${u.vout} pays none of the addresses`);
        return {
          txid: u.txid,
          vout: u.vout,
          amount: coinsToSats(u.amount),
          script: hexToBytes(u.scriptPubKey),
          address: addresses[i]!,
          confirmations: confirmations(u.height),
          // Old enough to be mature either way; otherwise the node said, or we looked it up.
          coinbase: u.coinbase ?? coinbases.has(u.txid),
        };
      });
    },

    async used(addresses) {
      if (addresses.length === 0) return [];
      const { scripts, result } = scan(addresses);
      const held = new Set((await result).unspents.map((u) => u.scriptPubKey.toLowerCase()));
      return scripts.map((s) => held.has(bytesToHex(s)));
    },

    async feeRate(blocks = 6) {
      if (!Number.isSafeInteger(blocks) || blocks < 1 || blocks > 1008)
        throw new RangeError('blocks: expected 1…1008');
      const estimate = await call<{ feerate?: Coins }>('estimatesmartfee', [blocks]);
      let rate: bigint;
      if (estimate.feerate !== undefined) rate = perVbyte(estimate.feerate, 'estimatesmartfee.feerate');
      else {
        // No estimate yet (a fresh node, regtest): the lowest rate this node relays right now.
        const [net, pool] = await batch<{ relayfee?: Coins; mempoolminfee?: Coins }>([
          ['getnetworkinfo', []],
          ['getmempoolinfo', []],
        ]);
        const relay = perVbyte(net!.relayfee ?? '0', 'getnetworkinfo.relayfee');
        const pooled = perVbyte(pool!.mempoolminfee ?? '0', 'getmempoolinfo.mempoolminfee');
        rate = relay;
        if (pooled > rate) rate = pooled; // bigints: Math.max doesn't take them
      }
      return rate < 1n ? 1n : rate;
    },

    /** Needs the node's -txindex=1 for a confirmed transaction that pays none of its wallets. */
    async txStatus(txid) {
      try {
        const tx = await call<{ confirmations?: number }>('getrawtransaction', [checkTxid(txid), true]);
        return (tx.confirmations ?? 0) > 0 ? 'confirmed' : 'pending';
      } catch (e) {
        if (/No such mempool or blockchain transaction|-5\b/.test((e as Error).message)) return 'unknown';
        throw e;
      }
    },

    async broadcast(hex) {
      const raw = checkTxHex(hex);
      const [verdict] = await call<{ allowed: boolean; 'reject-reason'?: string }[]>('testmempoolaccept', [
        [raw],
      ]);
      if (!verdict?.allowed)
        throw new Error(
          `node RPC testmempoolaccept: rejected (${verdict?.['reject-reason'] ?? 'no reason given'})`,
        );
      return call<string>('sendrawtransaction', [raw]);
    },
  };
}
