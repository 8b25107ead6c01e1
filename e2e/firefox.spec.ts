/**
 * The dapp path in Firefox ESR: the built extension (dist/firefox, event page) in a real
 * Firefox driven by puppeteer-core over WebDriver BiDi, the demo dapp (viem + mipd) and anvil.
 * Playwright only runs the tests here; every wait has its own upper bound. The popup and approval
 * window journeys (import, unlock, accounts, connect, sign) are in firefox-popup.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { launchFirefoxWithExtension } from './firefox';
import { type FirefoxPage, openDemo, waitForBackground } from './firefoxPopup';
import { ACCOUNTS } from './wallet';
import { withTimeout } from './withTimeout';

const ANVIL_ACCOUNT_0 = ACCOUNTS[0].address;

/** viem's chain id and anvil account 0's balance, read in the page through the extension. */
async function readChain(page: FirefoxPage, when: string): Promise<[number, string]> {
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
