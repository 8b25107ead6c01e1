/**
 * The page side of the relay (src/rpc/relayProtocol.ts), shared by the EIP-1193 provider and the
 * Bitcoin provider: posts one request to the content script and settles it when the answer comes
 * back; provider events go to the one listener that asked for them. Holds public data only.
 *
 *   const result = await relay('eth_chainId', undefined);   // rejects with { code, message, data? }
 */
import { isToPage, type ProviderEvent, RELAY_TAG, type ToContent } from '../../src/rpc/relayProtocol';

type Pending = { resolve: (value: unknown) => void; reject: (reason: unknown) => void };

// self.origin, not location.origin: a sandboxed frame's location still names its URL's origin,
// while the document's origin is opaque, and postMessage to that named origin would be dropped.
const targetOrigin = self.origin === 'null' ? '*' : self.origin;
const pending = new Map<number, Pending>();
let nextId = 1;
let onEvent: (event: ProviderEvent, data: unknown) => void = () => {};

export function providerError(code: number, message: string, data?: unknown): Error {
  return Object.assign(new Error(message), data === undefined ? { code } : { code, data });
}

/** Sends `{ method, params }` to the ring; `id` lets a caller echo its JSON-RPC id. */
export function relay(method: string, params: unknown, onId?: (id: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    onId?.(id);
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

/** The EIP-1193 provider's event handler (chainChanged, accountsChanged, …). */
export function onRelayEvent(handler: (event: ProviderEvent, data: unknown) => void): void {
  onEvent = handler;
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
