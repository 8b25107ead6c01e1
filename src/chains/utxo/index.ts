/**
 * UTXO chain family (Bitcoin, Litecoin): public surface. Other modules import from here.
 *
 * @example
 * import { createBackend, UTXO_NETWORKS } from '../chains/utxo';
 * const backend = createBackend({ kind: 'esplora', url, network: UTXO_NETWORKS.litecoin });
 */
import type { BackendConfig, FetchFn, UtxoBackend } from './backend';
import { createEsploraBackend } from './esplora';
import { createNodeBackend } from './nodeRpc';

/** The backend `config.kind` names: an Esplora API or the user's own Core node. */
export function createBackend(config: BackendConfig, fetchFn: FetchFn = globalThis.fetch): UtxoBackend {
  switch (config.kind) {
    case 'esplora':
      return createEsploraBackend(config, fetchFn);
    case 'node':
      return createNodeBackend(config, fetchFn);
    default:
      throw new TypeError(
        `kind: expected "esplora" or "node", got "${String((config as { kind: unknown }).kind)}"`,
      );
  }
}

export { p2wpkhAddress, validateUtxoAddress } from './address';
export {
  type BackendConfig,
  type BackendUtxo,
  COINBASE_MATURITY,
  type FetchFn,
  type UtxoBackend,
} from './backend';
export { createEsploraBackend, type EsploraBackendConfig } from './esplora';
export { bip84Path, UTXO_NETWORKS, type UtxoNetwork, type UtxoNetworkId } from './networks';
export { coinsToSats, createNodeBackend, type NodeBackendConfig } from './nodeRpc';
export {
  attachSignatures,
  MAX_FEE_SHARE,
  P2WPKH_DUST,
  type PaymentRequest,
  type Plan,
  planPayment,
  RBF_SEQUENCE,
  sighashesOf,
  type Utxo,
} from './transaction';
