/**
 * The page-side EIP-1193 provider (https://eips.ethereum.org/EIPS/eip-1193), announced through
 * EIP-6963 (https://eips.ethereum.org/EIPS/eip-6963). Runs in the page's MAIN world at
 * document_start, so it must stay tiny and hold nothing but public data: every request is relayed
 * to the content script and answered by the background ring.
 *
 *   const accounts = await window.ethereum.request({ method: 'eth_requestAccounts' });
 *   window.ethereum.on('chainChanged', (chainId) => location.reload());
 */
import type { ProviderEvent } from '../../src/rpc/relayProtocol';
import './bitcoin';
import { RINGFENCE_ICON } from './icon';
import { onRelayEvent, providerError, relay } from './relay';

type Listener = (...args: unknown[]) => void;

const listeners = new Map<string, Set<Listener>>();
let chainId: string | null = null;

function emit(event: string, ...args: unknown[]): void {
  for (const listener of [...(listeners.get(event) ?? [])]) {
    try {
      listener(...args);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
}

function request(args: unknown): Promise<unknown> {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    return Promise.reject(providerError(-32600, 'request: expected a single, non-array object argument'));
  }
  const { method, params } = args as { method?: unknown; params?: unknown };
  if (typeof method !== 'string' || method === '') {
    return Promise.reject(providerError(-32600, 'request: args.method must be a non-empty string'));
  }
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    return Promise.reject(providerError(-32602, 'request: args.params must be an array or an object'));
  }
  return relay(method, params);
}

const provider = {
  isRingfence: true,
  // Sites written for MetaMask gate on this flag (connect buttons, "install MetaMask" screens); other
  // wallets set it too. Sites that must tell wallets apart read EIP-6963's info.rdns ("app.ringfence").
  isMetaMask: true,
  // MetaMask's legacy setting, still assigned by older sites: a no-op accessor, so the assignment
  // works on the frozen provider (a plain property would throw in strict-mode code).
  get autoRefreshOnNetworkChange() {
    return false;
  },
  set autoRefreshOnNetworkChange(_ignored: unknown) {},
  request,
  isConnected: () => chainId !== null,
  on(event: string, listener: Listener) {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)?.add(listener);
    return provider;
  },
  removeListener(event: string, listener: Listener) {
    listeners.get(event)?.delete(listener);
    return provider;
  },
};
const off = provider.removeListener;
Object.assign(provider, { off, addListener: provider.on });

function onEvent(event: ProviderEvent, data: unknown): void {
  if (event === 'chainChanged' || event === 'connect') {
    const next = event === 'connect' ? (data as { chainId: string }).chainId : (data as string);
    if (next === chainId) return;
    const wasConnected = chainId !== null;
    chainId = next;
    if (event === 'connect' || !wasConnected) emit('connect', { chainId });
    if (event === 'chainChanged') emit('chainChanged', chainId);
    return;
  }
  if (event === 'disconnect') chainId = null;
  emit(event, data);
}

onRelayEvent(onEvent);

const frozen = Object.freeze(provider);
if (!('ethereum' in window)) {
  Object.defineProperty(window, 'ethereum', { value: frozen, configurable: true, enumerable: true });
}

/**
 * An RFC 4122 version-4 UUID (EIP-6963 info.uuid). crypto.randomUUID exists only in secure
 * contexts, so a plain-http page on a public name (a LAN dapp) would throw here and never hear
 * the announcement; getRandomValues is available everywhere.
 */
function uuidV4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const info = Object.freeze({
  uuid: uuidV4(),
  name: 'Ringfence',
  rdns: 'app.ringfence',
  icon: RINGFENCE_ICON,
});
const announce = () =>
  window.dispatchEvent(
    new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider: frozen }) }),
  );
window.addEventListener('eip6963:requestProvider', announce);
announce();

request({ method: 'eth_chainId' }).then(
  (id) => onEvent('connect', { chainId: id }),
  () => {},
);
