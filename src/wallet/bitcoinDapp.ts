/**
 * The wallet as sites' Bitcoin requests see it (docs/bitcoin-provider.md): the payment address of
 * BIP-84 account 0 on a UTXO network (the account the portfolio and Send use), which of a PSBT's
 * scripts are the wallet's own (the first GAP_LIMIT receive and change addresses), signing BIP-143
 * digests with those keys through the ring, and broadcasting through the network's chosen backend.
 * What comes back is private: a method labels it public only toward an origin the user connected.
 *
 *   const btc = createBitcoinDappWallet(ctx, makeBackend);
 *   btc.paymentAddress('litecoinRegtest'); // { address: 'rltc1q…', publicKey, derivationPath }
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { validateUtxoAddress } from '../chains/utxo/address';
import type { UtxoBackend } from '../chains/utxo/backend';
import { backendOf, type StoredBackend } from '../chains/utxo/backendSettings';
import { bip84Path, UTXO_NETWORKS, type UtxoNetworkId } from '../chains/utxo/networks';
import { GAP_LIMIT } from '../chains/utxo/scan';
import { mapLabeled } from '../ring';
import { bip84PublicKeys } from './bip84Public';
import { type Bip84Signature, signBip84Digests } from './bip84Sign';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { readInWorker } from './read';
import { accountAddresses } from './utxoAccount';

export interface PaymentAddress {
  address: string;
  /** Compressed public key, hex. */
  publicKey: string;
  derivationPath: string;
}

export interface OwnAddress {
  address: string;
  path: string;
  /** On the change chain (…/1/i) rather than the receive chain (…/0/i). */
  change: boolean;
}

export interface BitcoinDappWallet {
  /** m/84'/coin'/0'/0/0 on `id`. */
  paymentAddress(id: UtxoNetworkId): PaymentAddress;
  /** The wallet's own scripts on `id` (hex scriptPubKey → address and path). */
  ownScripts(id: UtxoNetworkId): Map<string, OwnAddress>;
  /** Signs each digest with the key at its path; `reason` names the origin for the audit log. */
  sign(items: readonly { path: string; digest: Uint8Array }[], reason: string): Bip84Signature[];
  /** Broadcasts through the backend the user chose for `id` (node: testmempoolaccept first). */
  broadcast(id: UtxoNetworkId, hex: string): Promise<string>;
}

export type MakeBackend = (stored: StoredBackend, id: UtxoNetworkId) => UtxoBackend;

export function createBitcoinDappWallet(ctx: WalletContext, makeBackend: MakeBackend): BitcoinDappWallet {
  const publicKeys = new WeakMap<object, Map<string, string>>();

  function publicKeyAt(path: string): string {
    const session = requireUnlocked(ctx.session);
    const known = publicKeys.get(session) ?? new Map<string, string>();
    publicKeys.set(session, known);
    const cached = known.get(path);
    if (cached) return cached;
    const [pub] = bip84PublicKeys(ctx, session, [path], 'Bitcoin provider address');
    const hex = bytesToHex(pub!);
    known.set(path, hex);
    return hex;
  }

  return {
    paymentAddress(id) {
      const session = requireUnlocked(ctx.session);
      const [address] = accountAddresses(ctx, session, id, 0, 0, 1);
      const derivationPath = bip84Path(UTXO_NETWORKS[id], 0, 0, 0);
      return { address: address!, publicKey: publicKeyAt(derivationPath), derivationPath };
    },
    ownScripts(id) {
      const session = requireUnlocked(ctx.session);
      const network = UTXO_NETWORKS[id];
      const own = new Map<string, OwnAddress>();
      for (const change of [0, 1] as const) {
        const addresses = accountAddresses(ctx, session, id, change, 0, GAP_LIMIT);
        for (const [i, address] of addresses.entries())
          own.set(bytesToHex(validateUtxoAddress(address, network)), {
            address,
            path: bip84Path(network, 0, change, i),
            change: change === 1,
          });
      }
      return own;
    },
    sign(items, reason) {
      return signBip84Digests(ctx, requireUnlocked(ctx.session), items, reason);
    },
    async broadcast(id, hex) {
      const session = requireUnlocked(ctx.session);
      const stored = readInWorker(
        ctx,
        mapLabeled(session.state, (s) => backendOf(s.utxoBackends, id)),
        'backend',
      );
      return makeBackend(stored, id).broadcast(hex);
    },
  };
}
