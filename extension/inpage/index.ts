/**
 * The page-side EIP-1193 provider (https://eips.ethereum.org/EIPS/eip-1193), announced through
 * EIP-6963 (https://eips.ethereum.org/EIPS/eip-6963). Runs in the page's MAIN world at
 * document_start, so it must stay tiny and hold nothing but public data: every request is relayed
 * to the content script and answered by the background ring.
 *
 *   const accounts = await window.ethereum.request({ method: 'eth_requestAccounts' });
 *   window.ethereum.on('chainChanged', (chainId) => location.reload());
 */
import { isToPage, type ProviderEvent, RELAY_TAG, type ToContent } from '../../src/rpc/relayProtocol';

type Listener = (...args: unknown[]) => void;
type Pending = { resolve: (value: unknown) => void; reject: (reason: unknown) => void };

// self.origin, not location.origin: a sandboxed frame's location still names its URL's origin,
// while the document's origin is opaque, and postMessage to that named origin would be dropped.
const targetOrigin = self.origin === 'null' ? '*' : self.origin;
const pending = new Map<number, Pending>();
const listeners = new Map<string, Set<Listener>>();
let nextId = 1;
let chainId: string | null = null;

function providerError(code: number, message: string, data?: unknown): Error {
  return Object.assign(new Error(message), data === undefined ? { code } : { code, data });
}

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
  return new Promise((resolve, reject) => {
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
      return reject(providerError(-32600, 'request: expected a single, non-array object argument'));
    }
    const { method, params } = args as { method?: unknown; params?: unknown };
    if (typeof method !== 'string' || method === '') {
      return reject(providerError(-32600, 'request: args.method must be a non-empty string'));
    }
    if (params !== undefined && (typeof params !== 'object' || params === null)) {
      return reject(providerError(-32602, 'request: args.params must be an array or an object'));
    }
    const id = nextId++;
    const message: ToContent = { tag: RELAY_TAG, to: 'content', id, payload: { method, params } };
    pending.set(id, { resolve, reject });
    try {
      window.postMessage(message, targetOrigin);
    } catch {
      // Functions, DOM nodes and the like cannot cross postMessage: say so instead of hanging.
      pending.delete(id);
      reject(providerError(-32602, 'request: args.params cannot be serialised (structured clone failed)'));
    }
  });
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

window.addEventListener('message', (event) => {
  if (event.source !== window || !isToPage(event.data)) return;
  const message = event.data;
  if ('event' in message) return onEvent(message.event, message.data);
  const entry = typeof message.id === 'number' ? pending.get(message.id) : undefined;
  if (!entry) return;
  pending.delete(message.id as number);
  if ('error' in message)
    entry.reject(providerError(message.error.code, message.error.message, message.error.data));
  else entry.resolve(message.result);
});

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
  icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='11' fill='none' stroke='%232b6cb0' stroke-width='5'/%3E%3C/svg%3E",
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
