/**
 * The popup's first questions to the ring (its status and networks), sent by the first module
 * evaluated after lockdown.js, before React and the polyfill are evaluated, so the worker answers
 * meanwhile instead of after (the answer used to arrive a few ms after the app was ready, up to
 * 18 ms on a slow open). ringClient.ts adopts the port. To be first it imports only a constant
 * and uses the browser's own runtime API (not the polyfill); it sends fixed messages and only
 * queues what comes back.
 */
import type { Runtime } from 'webextension-polyfill';
import { POPUP_PORT } from '../../src/rpc/relayProtocol';

/** Procedure names (src/rpc/procedures: getStatus, getNetworks; earlyAsk.test.ts checks them), ids 1, 2. */
export const EARLY_QUESTIONS = ['getStatus', 'getNetworks'] as const;

export interface EarlyPort {
  port: Runtime.Port;
  /** The answers (and anything else) that arrived before ringClient.ts took the port over. */
  received: unknown[];
  /** True when the port dropped before it was taken over: the answers may never come. */
  disconnected: boolean;
}

type Runtimes = { browser?: { runtime: Runtime.Static }; chrome?: { runtime: Runtime.Static } };

function ask(): { early: EarlyPort; stop: () => void } | undefined {
  const runtime = ((globalThis as Runtimes).browser ?? (globalThis as Runtimes).chrome)?.runtime;
  if (!runtime) return undefined;
  try {
    const port = runtime.connect({ name: POPUP_PORT });
    const early: EarlyPort = { port, received: [], disconnected: false };
    const onMessage = (message: unknown) => {
      early.received.push(message);
    };
    const onDisconnect = () => {
      early.disconnected = true;
    };
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(onDisconnect);
    for (const [at, procedure] of EARLY_QUESTIONS.entries())
      port.postMessage({ id: at + 1, procedure, input: {} });
    const stop = () => {
      port.onMessage.removeListener(onMessage);
      port.onDisconnect.removeListener(onDisconnect);
    };
    return { early, stop };
  } catch {
    // No ring to ask (the extension is reloading): ringClient.ts connects on its own and reports it.
    return undefined;
  }
}

let asked = ask();

/** The port with the first questions sent, once; undefined afterwards or if asking failed. */
export function takeEarlyPort(): EarlyPort | undefined {
  const taken = asked;
  asked = undefined;
  taken?.stop();
  return taken?.early;
}
