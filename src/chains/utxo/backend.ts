/**
 * Where a UTXO network's chain data comes from (issue 9): an Esplora-compatible REST API
 * (mempool.space, blockstream.info, litecoinspace.org) or the user's own Bitcoin/Litecoin Core
 * node over JSON-RPC. Both answer the same four questions; the wallet never trusts either with a
 * key — it only learns coins, fee rates, and whether a transaction was accepted.
 */

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
  /** A coinbase output: spendable only after 100 confirmations. */
  coinbase: boolean;
}

export interface UtxoBackend {
  /** Unspent outputs paying any of `addresses`. */
  utxos(addresses: readonly string[]): Promise<BackendUtxo[]>;
  /** Per address: has it ever received (Esplora), or does it hold coins now (node: scantxoutset)? */
  used(addresses: readonly string[]): Promise<boolean[]>;
  /** sat/vB for confirmation within about `blocks` blocks (node: its minimum relay fee when it has no estimate). */
  feeRate(blocks?: number): Promise<bigint>;
  /** Checks the transaction (node: testmempoolaccept) and broadcasts it; resolves to its txid. */
  broadcast(hex: string): Promise<string>;
}

export type BackendConfig =
  | { kind: 'esplora'; url: string }
  | { kind: 'node'; url: string; user: string; password: string };
