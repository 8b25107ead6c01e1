/**
 * The popup/approval port: accepted only from this extension's own pages (a content script
 * could also call runtime.connect with our port name). Each message is one procedure call.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ProcedureResult } from '../../src/rpc/procedures/procedure';

type Serve = (call: unknown) => Promise<ProcedureResult | undefined>;

export function isOwnExtensionPage(sender: Runtime.MessageSender | undefined): boolean {
  const url = sender?.url ?? '';
  return sender?.id === browser.runtime.id && url.startsWith(browser.runtime.getURL(''));
}

export function attachPopupPort(port: Runtime.Port, serve: Serve): void {
  if (!isOwnExtensionPage(port.sender)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener(async (message: unknown) => {
    const result = await serve(message);
    if (!result) return;
    try {
      port.postMessage(result);
    } catch {
      // The popup closed before the answer.
    }
  });
}
