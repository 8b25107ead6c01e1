/**
 * The dapp journey in Firefox ESR: the built extension (dist/firefox, event page) in a real
 * Firefox driven by puppeteer-core over WebDriver BiDi, the demo dapp (viem + mipd) and anvil.
 * Playwright only runs the tests here; every wait has its own upper bound.
 */
import { expect, test } from '@playwright/test';
import {
  type BackgroundStatus,
  type LaunchedFirefox,
  launchFirefoxWithExtension,
  withTimeout,
} from './firefox';

const ANVIL_ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

function demoUrl(): string {
  const url = process.env.RINGFENCE_DEMO_URL;
  if (!url) throw new Error('RINGFENCE_DEMO_URL is not set: run through playwright.config.ts (global-setup)');
  return url;
}

/** Polls the event page's status until it is `wanted` or `ms` pass; returns the last one seen. */
async function waitForBackground(
  firefox: LaunchedFirefox,
  wanted: BackgroundStatus,
  ms: number,
): Promise<BackgroundStatus> {
  const deadline = Date.now() + ms;
  let status = await firefox.backgroundStatus();
  while (status !== wanted && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    status = await firefox.backgroundStatus();
  }
  return status;
}

type Page = Awaited<ReturnType<LaunchedFirefox['browser']['newPage']>>;

async function openDemo(firefox: LaunchedFirefox): Promise<Page> {
  const page = await firefox.browser.newPage();
  await withTimeout(page.goto(demoUrl(), { waitUntil: 'load', timeout: 15_000 }), 20_000, 'loading the demo');
  return page;
}

/** viem's chain id and anvil account 0's balance, read in the page through the extension. */
async function readChain(page: Page, when: string): Promise<[number, string]> {
  return [
    await withTimeout(
      page.evaluate(() => window.demo!.chainId()),
      10_000,
      `chainId ${when}`,
    ),
    await withTimeout(
      page.evaluate((a) => window.demo!.balance(a as `0x${string}`), ANVIL_ACCOUNT_0),
      10_000,
      `getBalance ${when}`,
    ),
  ];
}

const EXPECTED_CHAIN: [number, string] = [31337, '10000000000000000000000'];

test('Firefox: the provider is there before the first script, viem reads anvil, unknown methods reject with 4200', async () => {
  const firefox = await launchFirefoxWithExtension();
  try {
    const page = await openDemo(firefox);
    expect(await page.evaluate(() => window.__ethereumAtFirstScript)).toBe('object');
    expect(await page.evaluate(() => (window.ethereum as { isRingfence?: boolean }).isRingfence)).toBe(true);
    expect(await readChain(page, 'at first')).toEqual(EXPECTED_CHAIN);
    const unknown = await withTimeout(
      page.evaluate(() =>
        window.ethereum!.request({ method: 'eth_doesNotExist' as 'eth_chainId' }).then(
          () => ({ ok: true }),
          (e: { code: number }) => ({ ok: false, code: e.code }),
        ),
      ),
      10_000,
      'unknown method',
    );
    expect(unknown).toEqual({ ok: false, code: 4200 });
  } finally {
    await firefox.close();
  }
});

test('Firefox: after the idle event page stops, the next request wakes it and is answered', async () => {
  // Firefox suspends an idle MV3 event page after 30 s; 2 s here. The content script's port does
  // not keep it alive (only native-messaging ports do), so the port drops when it stops and the
  // next request reconnects — runtime.onConnect is a persistent listener that restarts the page.
  const firefox = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': 2000 } });
  try {
    const page = await openDemo(firefox);
    expect(await readChain(page, 'before the stop')).toEqual(EXPECTED_CHAIN);
    expect(await firefox.backgroundStatus()).toBe('RUNNING');
    expect(await waitForBackground(firefox, 'STOPPED', 15_000)).toBe('STOPPED');
    expect(await readChain(page, 'after the stop')).toEqual(EXPECTED_CHAIN);
    expect(await firefox.backgroundStatus()).toBe('RUNNING');
  } finally {
    await firefox.close();
  }
});
