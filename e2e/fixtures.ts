/** Playwright fixtures: a fresh Chromium with the extension per test, and the demo dapp's URL. */
import { type BrowserContext, test as base, type Page } from '@playwright/test';
import { launchWithExtension, newWindowPage, type RecordedChromium } from './chromium';

interface Fixtures {
  launched: RecordedChromium;
  context: BrowserContext;
  extensionId: string;
  demoUrl: string;
  /** The demo dapp, loaded, with the provider injected, in a window of its own (chromium.ts newWindowPage). */
  dapp: Page;
  /** popup.html opened as a normal page (CONTRACT.md: tests open it that way), in a window of its own. */
  popup: Page;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their deps by destructuring.
  launched: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  // biome-ignore lint/correctness/noEmptyPattern: see above.
  demoUrl: async ({}, use) => {
    const url = process.env.RINGFENCE_DEMO_URL;
    if (!url)
      throw new Error('RINGFENCE_DEMO_URL is not set: run through playwright.config.ts (global-setup)');
    await use(url);
  },
  dapp: async ({ context, demoUrl }, use) => {
    const page = await newWindowPage(context);
    await page.goto(demoUrl);
    await use(page);
  },
  popup: async ({ context, extensionId }, use) => {
    const page = await newWindowPage(context);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await use(page);
  },
});

export const expect = test.expect;

/** anvil's first account and its starting balance (10,000 ETH). */
export const ANVIL_ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
