/**
 * The content script: a dumb relay between the page's provider (window.postMessage) and the
 * background ring (a runtime port). When the worker stops (Chrome kills idle MV3 workers) the
 * port disconnects: in-flight reads are replayed once, everything else is rejected with 4900, so
 * no dapp call hangs; the next request opens a new port, which wakes the worker.
 */
import '../shared/lockdown';
import browser, { type Runtime } from 'webextension-polyfill';
import { isReplaySafe } from '../../src/rpc/methods/replaySafe';
import {
  isToContent,
  OPAQUE_SUFFIX,
  PAGE_PORT,
  type PortMessage,
  RELAY_TAG,
  type RequestId,
  type RpcErrorShape,
  type ToPage,
} from '../../src/rpc/relayProtocol';

// self.origin, not location.origin: a sandboxed frame's location still names its URL's origin,
// while the document's origin is opaque, and postMessage to that named origin would be dropped.
const targetOrigin = self.origin === 'null' ? '*' : self.origin;
/** Requests sent to the worker and not yet answered: id → payload, and whether it was replayed. */
const inFlight = new Map<RequestId, { payload: unknown; replayed: boolean }>();
let port: Runtime.Port | undefined;

function toPage(message: ToPage): void {
  window.postMessage(message, targetOrigin);
}

function fail(id: RequestId, error: RpcErrorShape): void {
  inFlight.delete(id);
  toPage({ tag: RELAY_TAG, to: 'page', id, error });
}

function onPortMessage(message: PortMessage): void {
  if ('event' in message) toPage({ tag: RELAY_TAG, to: 'page', event: message.event, data: message.data });
  else if (!inFlight.delete(message.id)) return;
  else if ('error' in message) toPage({ tag: RELAY_TAG, to: 'page', id: message.id, error: message.error });
  else toPage({ tag: RELAY_TAG, to: 'page', id: message.id, result: message.result });
}

function send(id: RequestId, payload: unknown): void {
  try {
    port ??= connect();
    port.postMessage({ id, payload });
  } catch {
    // The extension was reloaded or removed under this page: this script is orphaned.
    port = undefined;
    fail(id, { code: 4900, message: 'Disconnected: the wallet is unavailable; reload the page' });
  }
}

/**
 * The worker stopped (or was killed) with requests in flight. Reads are replayed once on a new
 * port, which wakes the worker; anything that could sign, send or prompt is rejected with 4900
 * instead, because the worker may have acted on it before it died.
 */
function onPortDisconnect(): void {
  port = undefined;
  for (const [id, request] of [...inFlight]) {
    if (!request.replayed && isReplaySafe(request.payload)) {
      request.replayed = true;
      send(id, request.payload);
    } else {
      fail(id, {
        code: 4900,
        message: 'Disconnected: the wallet restarted while handling this request; retry it',
      });
    }
  }
}

function connect(): Runtime.Port {
  // A sandboxed frame's origin is opaque; say so, for browsers whose sender has no `origin`.
  const name = self.origin === 'null' ? `${PAGE_PORT}${OPAQUE_SUFFIX}` : PAGE_PORT;
  const next = browser.runtime.connect({ name });
  next.onMessage.addListener((message) => onPortMessage(message as PortMessage));
  next.onDisconnect.addListener(onPortDisconnect);
  return next;
}

window.addEventListener('message', (event) => {
  if (event.source !== window || !isToContent(event.data)) return;
  const { id, payload } = event.data;
  if (inFlight.has(id)) {
    toPage({
      tag: RELAY_TAG,
      to: 'page',
      id,
      error: { code: -32600, message: `request id ${String(id)} is already in flight` },
    });
    return;
  }
  inFlight.set(id, { payload, replayed: false });
  send(id, payload);
});
