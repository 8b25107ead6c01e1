/**
 * The page-side Bitcoin provider, beside window.ethereum (docs/bitcoin-provider.md): the WBIP
 * request API Leather and Xverse speak, `request(method, params)` resolving to a JSON-RPC 2.0
 * response, registered for discovery under WBIP004's `window.wbip_providers` (and the
 * `btc_providers` list those wallets fill in practice). Methods: getAddresses, signPsbt,
 * signMessage; the ring answers them with the same permission and approval model as EVM requests.
 *
 *   const { result } = await window.RingfenceBitcoinProvider.request('getAddresses', { network: 'litecoinRegtest' });
 */
import { RINGFENCE_ICON } from './icon';
import { providerError, relay } from './relay';

const PROVIDER_ID = 'RingfenceBitcoinProvider';

function jsonRpcError(error: unknown, id: number | null): unknown {
  const e = error as { code?: number; message?: string; data?: unknown };
  const code = typeof e.code === 'number' ? e.code : -32603;
  const message = typeof e.message === 'string' ? e.message : 'Internal error';
  // An Error with `code` (as EIP-1193 callers expect) that is also the WBIP JSON-RPC error response.
  return Object.assign(providerError(code, message, e.data), {
    jsonrpc: '2.0',
    id,
    error: e.data === undefined ? { code, message } : { code, message, data: e.data },
  });
}

async function request(method: unknown, params?: unknown): Promise<unknown> {
  if (typeof method !== 'string' || method === '')
    throw jsonRpcError(providerError(-32600, 'request: method must be a non-empty string'), null);
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params)))
    throw jsonRpcError(providerError(-32602, 'request: params must be an object'), null);
  let id: number | null = null;
  try {
    const result = await relay(method, params, (n) => (id = n));
    return { jsonrpc: '2.0', id, result };
  } catch (error) {
    throw jsonRpcError(error, id);
  }
}

const provider = Object.freeze({ isRingfence: true, request });

const registration = Object.freeze({
  id: PROVIDER_ID,
  name: 'Ringfence',
  icon: RINGFENCE_ICON,
  methods: ['getAddresses', 'signPsbt', 'signMessage'],
});

if (!(PROVIDER_ID in window)) {
  Object.defineProperty(window, PROVIDER_ID, { value: provider, configurable: true, enumerable: true });
  const lists = window as unknown as Record<string, unknown>;
  for (const list of ['wbip_providers', 'btc_providers']) {
    if (!Array.isArray(lists[list])) lists[list] = [];
    (lists[list] as unknown[]).push(registration);
  }
}
