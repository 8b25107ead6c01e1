/**
 * The content script: a dumb relay between the page's provider (window.postMessage) and the
 * background ring (a runtime port). It knows nothing about methods. When the worker stops
 * (Chrome kills idle MV3 workers) the port disconnects: every request still in flight is
 * rejected with 4900 so no dapp call hangs, and the next request opens a new port, which wakes
 * the worker.
 */
import '../shared/lockdown';
import browser, { type Runtime } from 'webextension-polyfill';
import {
  isToContent,
  PAGE_PORT,
  type PortMessage,
  RELAY_TAG,
  type RequestId,
  type RpcErrorShape,
  type ToPage,
} from '../../src/rpc/relayProtocol';

const targetOrigin = location.origin === 'null' ? '*' : location.origin;
const inFlight = new Set<RequestId>();
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

function onPortDisconnect(): void {
  port = undefined;
  for (const id of [...inFlight]) {
    fail(id, {
      code: 4900,
      message: 'Disconnected: the wallet restarted while handling this request; retry it',
    });
  }
}

function connect(): Runtime.Port {
  const next = browser.runtime.connect({ name: PAGE_PORT });
  next.onMessage.addListener((message) => onPortMessage(message as PortMessage));
  next.onDisconnect.addListener(onPortDisconnect);
  return next;
}

window.addEventListener('message', (event) => {
  if (event.source !== window || !isToContent(event.data)) return;
  const { id, payload } = event.data;
  if (inFlight.has(id))
    return fail(id, { code: -32600, message: `request id ${String(id)} is already in flight` });
  inFlight.add(id);
  try {
    port ??= connect();
    port.postMessage({ id, payload });
  } catch {
    // The extension was reloaded or removed under this page: this script is orphaned.
    port = undefined;
    fail(id, { code: 4900, message: 'Disconnected: the wallet is unavailable; reload the page' });
  }
});
