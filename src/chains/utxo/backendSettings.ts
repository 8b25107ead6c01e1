/**
 * Each UTXO network's backend, as the user set it (issue 9): an Esplora URL, or their own node's
 * JSON-RPC URL, user and password. Kept in the wallet's private state (sealed in the vault), so
 * the RPC password is never on disk in clear; the popup is told only whether one is set.
 *
 *   const s = setBackend(settings, 'litecoinRegtest', { kind: 'node', url, user, password });
 *   backendConfig(s, 'litecoinRegtest');   // what createBackend takes
 */
import type { BackendConfig } from './backend';
import { UTXO_NETWORKS, type UtxoNetwork, type UtxoNetworkId } from './networks';

export interface StoredBackend {
  kind: 'esplora' | 'node';
  url: string;
  user?: string;
  password?: string;
}
export type BackendSettings = Partial<Record<UtxoNetworkId, StoredBackend>>;

/** Public Esplora instances for mainnet and testnet; the regtest networks expect the user's node. */
export const DEFAULT_BACKENDS: Readonly<Record<UtxoNetworkId, StoredBackend>> = Object.freeze({
  bitcoin: { kind: 'esplora', url: 'https://mempool.space/api' },
  bitcoinTestnet: { kind: 'esplora', url: 'https://mempool.space/testnet/api' },
  bitcoinRegtest: { kind: 'node', url: 'http://127.0.0.1:18443' },
  litecoin: { kind: 'esplora', url: 'https://litecoinspace.org/api' },
  litecoinTestnet: { kind: 'esplora', url: 'https://litecoinspace.org/testnet/api' },
  litecoinRegtest: { kind: 'node', url: 'http://127.0.0.1:19443' },
});

export const isUtxoNetworkId = (id: string): id is UtxoNetworkId => Object.hasOwn(UTXO_NETWORKS, id);

export function backendOf(settings: BackendSettings | undefined, id: UtxoNetworkId): StoredBackend {
  return settings?.[id] ?? DEFAULT_BACKENDS[id];
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError('url: expected an http(s) URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new TypeError('url: expected an http(s) URL');
  if (parsed.username || parsed.password)
    throw new TypeError('url: put the user and password in their own fields');
  return parsed.href.replace(/\/$/, '');
}

/** A new settings object with `id`'s backend replaced; `password: undefined` keeps the stored one. */
export function setBackend(
  settings: BackendSettings | undefined,
  id: UtxoNetworkId,
  next: StoredBackend,
): BackendSettings {
  const before = backendOf(settings, id);
  const url = checkUrl(next.url.trim());
  const stored: StoredBackend =
    next.kind === 'esplora'
      ? { kind: 'esplora', url }
      : {
          kind: 'node',
          url,
          user: next.user ?? before.user ?? '',
          password: next.password ?? (before.kind === 'node' ? before.password : undefined) ?? '',
        };
  return { ...settings, [id]: stored };
}

/** Loose decode of a stored record: anything unreadable falls back to the defaults. */
export function decodeBackendSettings(x: unknown): BackendSettings {
  const out: BackendSettings = {};
  if (typeof x !== 'object' || x === null) return out;
  for (const [id, b] of Object.entries(x as Record<string, unknown>)) {
    const r = b as Partial<StoredBackend> | null;
    if (
      !isUtxoNetworkId(id) ||
      !r ||
      (r.kind !== 'esplora' && r.kind !== 'node') ||
      typeof r.url !== 'string'
    )
      continue;
    out[id] = {
      kind: r.kind,
      url: r.url,
      ...(typeof r.user === 'string' ? { user: r.user } : {}),
      ...(typeof r.password === 'string' ? { password: r.password } : {}),
    };
  }
  return out;
}

/** What createBackend takes for a stored backend on `network`. */
export function backendConfig(stored: StoredBackend, network: UtxoNetwork): BackendConfig {
  return stored.kind === 'esplora'
    ? { kind: 'esplora', url: stored.url, network }
    : { kind: 'node', url: stored.url, user: stored.user ?? '', password: stored.password ?? '', network };
}
