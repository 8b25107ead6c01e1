/**
 * Where a UTXO network's chain data comes from (issue 9): an Esplora-compatible REST API
 * (mempool.space, blockstream.info, litecoinspace.org) or the user's own Bitcoin/Litecoin Core
 * node over JSON-RPC. Both answer the same four questions; the wallet never trusts either with a
 * key — it only learns coins, fee rates, and whether a transaction was accepted.
 *
 *   const backend = createBackend({ kind: 'esplora', url: 'https://litecoinspace.org/api', network });
 *   const coins = await backend.utxos([address]);
 */
import type { UtxoNetwork } from './networks';

/** Consensus: a coinbase output is spendable once `confirmations` (tip − height + 1) ≥ 100. */
export const COINBASE_MATURITY = 100;

/** An unspent output paying one of the wallet's addresses. */
export interface BackendUtxo {
  txid: string;
  vout: number;
  /** satoshis */
  amount: bigint;
  /** scriptPubKey */
  script: Uint8Array;
  address: string;
  /** 0 = in the mempool. */
  confirmations: number;
  /**
   * A coinbase output, spendable only at 100 confirmations. Backends look this up only for outputs
   * under 100 confirmations; an older coinbase is mature and may be reported `false`.
   */
  coinbase: boolean;
}

export type TxStatus = 'pending' | 'confirmed' | 'unknown';

export interface UtxoBackend {
  /** Unspent outputs paying any of `addresses`. */
  utxos(addresses: readonly string[]): Promise<BackendUtxo[]>;
  /** Per address: has it ever received (Esplora), or does it hold coins now (node: scantxoutset)? */
  used(addresses: readonly string[]): Promise<boolean[]>;
  /** sat/vB for confirmation within about `blocks` blocks (node: its minimum relay fee when it has no estimate). */
  feeRate(blocks?: number): Promise<bigint>;
  /** Checks the transaction (node: testmempoolaccept) and broadcasts it; resolves to its txid. */
  broadcast(hex: string): Promise<string>;
  /** Whether a transaction is in a block yet ('unknown': the backend has never seen it). */
  txStatus(txid: string): Promise<TxStatus>;
}

/** `network` checks every address before it reaches the backend, and gives Esplora's outputs their script. */
export type BackendConfig =
  | { kind: 'esplora'; url: string; network: UtxoNetwork }
  | { kind: 'node'; url: string; user: string; password: string; network: UtxoNetwork };

export type FetchFn = typeof globalThis.fetch;

/** A transaction's hex as the wallet hands it to a backend: non-empty, even-length, hex only. */
export function checkTxHex(hex: string): string {
  if (typeof hex !== 'string' || hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex))
    throw new TypeError('hex: expected a raw transaction as an even-length hex string');
  return hex.toLowerCase();
}

const TXID = /^[0-9a-f]{64}$/;

/** A txid as the backends take it: 64 lowercase hex digits. */
export function checkTxid(txid: string): string {
  if (typeof txid !== 'string' || !TXID.test(txid))
    throw new TypeError('txid: expected 64 lowercase hexadecimal characters');
  return txid;
}
