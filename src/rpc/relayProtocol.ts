/**
 * The relay protocol between the page's provider (MAIN world), the content script (isolated
 * world) and the background ring. Messages on `window` are namespaced with `RELAY_TAG` and carry
 * a direction, because both ends of `window.postMessage` hear every message, their own included.
 * The page is untrusted: the content script forwards only well-formed envelopes and the
 * background re-validates every payload; the requesting origin comes from the browser (port
 * sender), never from the message.
 */

export const RELAY_TAG = 'ringfence:relay:v1';
/** runtime.connect() port names. */
export const PAGE_PORT = 'ringfence-page';
export const POPUP_PORT = 'ringfence-popup';
/** Appended to PAGE_PORT by a content script whose own frame has an opaque origin ("null"). */
export const OPAQUE_SUFFIX = ':opaque';

export type RequestId = number | string;

export interface RpcErrorShape {
  code: number;
  message: string;
  data?: unknown;
}

/** page → content: one EIP-1193 request (payload unvalidated until the background sees it). */
export interface ToContent {
  tag: typeof RELAY_TAG;
  to: 'content';
  id: RequestId;
  payload: unknown;
}

export type ProviderEvent = 'connect' | 'disconnect' | 'chainChanged' | 'accountsChanged';

/** content → page: a response to one request, or a provider event. */
export type ToPage =
  | { tag: typeof RELAY_TAG; to: 'page'; id: RequestId; result: unknown }
  | { tag: typeof RELAY_TAG; to: 'page'; id: RequestId; error: RpcErrorShape }
  | { tag: typeof RELAY_TAG; to: 'page'; event: ProviderEvent; data: unknown };

/** content ⇄ background over the page port. */
export type PortRequest = { id: RequestId; payload: unknown };
export type PortMessage =
  | { id: RequestId; result: unknown }
  | { id: RequestId; error: RpcErrorShape }
  | { event: ProviderEvent; data: unknown };

export function isRequestId(x: unknown): x is RequestId {
  return (typeof x === 'number' && Number.isSafeInteger(x)) || (typeof x === 'string' && x.length <= 64);
}

export function isToContent(x: unknown): x is ToContent {
  const m = x as ToContent | null;
  return (
    typeof m === 'object' && m !== null && m.tag === RELAY_TAG && m.to === 'content' && isRequestId(m.id)
  );
}

export function isToPage(x: unknown): x is ToPage {
  const m = x as ToPage | null;
  return typeof m === 'object' && m !== null && m.tag === RELAY_TAG && m.to === 'page';
}
