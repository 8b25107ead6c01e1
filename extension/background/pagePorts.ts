/**
 * Page ports: one per content script (tab × frame). The origin of each request is the one the
 * browser reports for the port's sender — never anything the page says about itself.
 */
import type { Runtime } from 'webextension-polyfill';
import type { PortMessage, ProviderEvent } from '../../src/rpc/relayProtocol';
import { isRequestId, OPAQUE_SUFFIX } from '../../src/rpc/relayProtocol';
import type { DappResponse } from '../../src/rpc/router';

type Route = (origin: string, payload: unknown) => Promise<DappResponse>;

const ports = new Map<Runtime.Port, string>();

/**
 * The exact origin of a port's sender. An opaque origin (sandboxed frame, data: URL) is "null"
 * and stays "null": crediting it with its URL's origin would hand a connected site's accounts to
 * sandboxed content served from that site. Browsers without `sender.origin` (older Firefox) fall
 * back to the URL, and the content script marks its port when its own frame is opaque.
 */
export function senderOrigin(sender: Runtime.MessageSender | undefined, portName = ''): string | undefined {
  const withOrigin = sender as (Runtime.MessageSender & { origin?: string }) | undefined;
  if (withOrigin?.origin === 'null' || portName.endsWith(OPAQUE_SUFFIX)) return 'null';
  if (withOrigin?.origin) return withOrigin.origin;
  try {
    return sender?.url ? new URL(sender.url).origin : undefined;
  } catch {
    return undefined;
  }
}

export function attachPagePort(port: Runtime.Port, route: Route): void {
  const origin = senderOrigin(port.sender, port.name);
  if (!origin || !port.sender?.tab) {
    port.disconnect();
    return;
  }
  ports.set(port, origin);
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener(async (message: unknown) => {
    const { id, payload } = (message ?? {}) as { id?: unknown; payload?: unknown };
    if (!isRequestId(id)) return;
    const response = await route(origin, payload);
    try {
      port.postMessage({ id, ...response } satisfies PortMessage);
    } catch {
      // The page went away while we worked: nobody is waiting for the answer.
    }
  });
}

/** Sends a provider event to every page of one origin (or to every page when origin is undefined). */
export function broadcast(event: ProviderEvent, data: unknown, origin?: string): void {
  for (const [port, portOrigin] of ports) {
    if (origin !== undefined && origin !== portOrigin) continue;
    try {
      port.postMessage({ event, data } satisfies PortMessage);
    } catch {
      ports.delete(port);
    }
  }
}
