/**
 * Chromium with the built extension (see scripts/chromium.mjs), plus the CDP worker kill switch.
 * Every e2e launch also records what the ring sends to its extension pages over the popup port
 * (`ringMessages`), so tests can scan those messages for secrets (canary scans).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { type LaunchedChromium, launchWithExtension as launch } from '../scripts/chromium.mjs';

export { CHROMIUM_PATH, EXTENSION_DIR, type LaunchedChromium } from '../scripts/chromium.mjs';

export type RecordedChromium = LaunchedChromium & {
  /** Every message the ring sent on a `ringfence-popup` port, as JSON text, in arrival order. */
  ringMessages: string[];
};

/** Wraps chrome.runtime.connect in extension pages: each popup-port message is reported to Node. */
async function recordRingMessages(context: BrowserContext): Promise<string[]> {
  const messages: string[] = [];
  await context.exposeBinding('__ringfenceRecord', (_source, text: string) => void messages.push(text));
  await context.addInitScript(() => {
    const runtime = (globalThis as { chrome?: { runtime?: { connect?: (...a: unknown[]) => unknown } } })
      .chrome?.runtime;
    if (location.protocol !== 'chrome-extension:' || !runtime?.connect) return;
    const connect = runtime.connect.bind(runtime);
    runtime.connect = (...args: unknown[]) => {
      const port = connect(...args) as {
        name?: string;
        onMessage: { addListener(f: (m: unknown) => void): void };
      };
      const record = (globalThis as unknown as { __ringfenceRecord(text: string): void }).__ringfenceRecord;
      if (port.name === 'ringfence-popup') port.onMessage.addListener((m) => void record(JSON.stringify(m)));
      return port;
    };
  });
  return messages;
}

export async function launchWithExtension(options?: Parameters<typeof launch>[0]): Promise<RecordedChromium> {
  const launched = await launch(options);
  const ringMessages = await recordRingMessages(launched.context);
  return { ...launched, ringMessages };
}

/** Stops every service worker the way Chrome does when it is idle (CDP ServiceWorker domain). */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * A new page in a window of its own, not a tab. In headless Chromium a background tab gets its
 * animation frames only about once a second once a password field in it has been filled (seen here,
 * also on a bare page with an `<input type="password">`; without one the frames keep coming). Every
 * Playwright click waits for two frames to see the element stable, so after the import's password
 * each click in a popup tab behind the dapp took 1–2 s. A person's popup is its own window too.
 */
export async function newWindowPage(context: BrowserContext): Promise<Page> {
  const opener = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(opener);
  let created: (targetId: string) => void = () => {};
  const createdId = new Promise<string>((resolve) => {
    created = resolve;
  });
  try {
    // Listening before the window is made: its page event can come before createTarget answers.
    const opened = context.waitForEvent('page', {
      predicate: async (page) => (await targetIdOf(page)) === (await createdId),
    });
    const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true })) as {
      targetId: string;
    };
    created(targetId);
    return await opened;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function targetIdOf(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { targetInfo } = (await session.send('Target.getTargetInfo')) as {
      targetInfo: { targetId: string };
    };
    return targetInfo.targetId;
  } finally {
    await session.detach().catch(() => {});
  }
}
