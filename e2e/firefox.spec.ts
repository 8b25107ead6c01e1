/**
 * The dapp journey in Firefox ESR: the built extension (dist/firefox, event page) in a real
 * Firefox driven by puppeteer-core over WebDriver BiDi, the demo dapp (viem + mipd) and anvil.
 * Playwright only runs the tests here; every wait has its own upper bound.
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle } from 'puppeteer-core';
import { recoverMessageAddress } from 'viem';
import {
  type BackgroundStatus,
  type LaunchedFirefox,
  launchFirefoxWithExtension,
  withTimeout,
} from './firefox';

const ANVIL_ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
/** The Hardhat/anvil phrase (account 0 is ANVIL_ACCOUNT_0), as e2e/wallet.ts imports it in Chromium. */
const TEST_PHRASE = 'test test test test test test test test test test test junk';
const TEST_PASSWORD = 'correct horse 1';

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

/** Polls `check` in `page` until it returns a truthy value or `ms` pass. */
async function waitInPage(
  page: Page,
  what: string,
  check: (arg: string) => unknown,
  arg: string,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const done = await withTimeout(page.evaluate(check, arg), 5_000, what).catch(() => false);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const waitForText = (page: Page, text: string) =>
  waitInPage(page, `the text "${text}"`, (t) => document.body?.textContent?.includes(t), text);

/**
 * Waits for the element `find(arg)` returns in the page. `find` is serialised into the page, so it
 * must be self-contained (a closure's names would resolve there — `find` itself is window.find()).
 */
async function waitForElement(
  page: Page,
  what: string,
  find: (arg: string) => Element | null | undefined,
  arg: string,
  ms = 20_000,
): Promise<ElementHandle> {
  const deadline = Date.now() + ms;
  for (;;) {
    const handle = await withTimeout(page.evaluateHandle(find, arg), 5_000, what).catch(() => undefined);
    const found = handle?.asElement();
    if (found) return found as ElementHandle;
    await handle?.dispose();
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Types `value` into the enabled input labelled exactly `label` (real key events, as a user would). */
async function fill(page: Page, label: string, value: string): Promise<void> {
  const input = await waitForElement(
    page,
    `an enabled field "${label}"`,
    (name) => {
      const control = Array.from(document.querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === name,
      )?.control;
      return control instanceof HTMLInputElement && !control.disabled ? control : null;
    },
    label,
  );
  await withTimeout(input.type(value), 20_000, `typing into ${label}`);
  expect(await input.evaluate((el) => (el as HTMLInputElement).value.length)).toBe(value.length);
  await input.dispose();
}

/** Clicks the button named exactly `name` once it is enabled (Approve is disarmed for 600 ms). */
async function click(page: Page, name: string): Promise<void> {
  const button = await waitForElement(
    page,
    `an enabled "${name}" button`,
    (n) =>
      Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === n && !b.disabled),
    name,
  );
  await withTimeout(button.click(), 10_000, `clicking ${name}`);
  await button.dispose();
}

/**
 * Starts `request` in the dapp page without holding a BiDi command open for the user's answer;
 * the returned promise polls for its outcome: `{ result }` or `{ code, message }`.
 */
async function startRequest(
  page: Page,
  method: string,
  params?: unknown[],
): Promise<() => Promise<{ result?: unknown; code?: number; message?: string }>> {
  const key = await page.evaluate(
    (m, p) => {
      const w = window as unknown as { __answers?: Record<string, unknown> };
      w.__answers ??= {};
      const answers = w.__answers;
      const id = String(Object.keys(answers).length);
      answers[id] = null;
      (window.ethereum!.request as (a: unknown) => Promise<unknown>)({ method: m, params: p }).then(
        (result) => {
          answers[id] = { result };
        },
        (e: { code: number; message: string }) => {
          answers[id] = { code: e.code, message: e.message };
        },
      );
      return id;
    },
    method,
    params,
  );
  // Self-contained: evaluated in the page.
  const read = (k: string) =>
    JSON.stringify((window as unknown as { __answers: Record<string, unknown> }).__answers[k]);
  return async () => {
    await waitInPage(
      page,
      `the answer to ${method}`,
      (k) => (window as unknown as { __answers: Record<string, unknown> }).__answers[k] !== null,
      key,
    );
    return JSON.parse(await page.evaluate(read, key)) as {
      result?: unknown;
      code?: number;
      message?: string;
    };
  };
}

test('Firefox: import in the popup, connect and personal_sign on the approval window; the signature recovers to the account', async () => {
  test.setTimeout(150_000);
  const firefox = await launchFirefoxWithExtension();
  try {
    const popup = await firefox.openExtensionPage('popup.html');
    await click(popup, 'Import a wallet');
    await fill(popup, 'Secret recovery phrase', TEST_PHRASE);
    await fill(popup, 'Password', TEST_PASSWORD);
    await fill(popup, 'Confirm password', TEST_PASSWORD);
    await click(popup, 'Import');
    await waitForText(popup, ANVIL_ACCOUNT_0);

    const dapp = await openDemo(firefox);
    const origin = new URL(demoUrl()).origin;
    expect(await (await startRequest(dapp, 'eth_accounts'))()).toEqual({ result: [] });

    const connected = await startRequest(dapp, 'eth_requestAccounts');
    const connectWindow = await firefox.extensionPage('approval.html');
    await waitForText(connectWindow, origin);
    await waitInPage(
      connectWindow,
      'account 0 offered and checked',
      (address) =>
        Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).some(
          (box) =>
            box.checked && (box.labels?.[0]?.textContent ?? '').toLowerCase().includes(address.toLowerCase()),
        ),
      ANVIL_ACCOUNT_0,
    );
    await click(connectWindow, 'Approve');
    expect(await connected()).toEqual({ result: [ANVIL_ACCOUNT_0] });
    expect(await (await startRequest(dapp, 'eth_accounts'))()).toEqual({ result: [ANVIL_ACCOUNT_0] });

    const text = 'Sign this to prove it is you';
    const signed = await startRequest(dapp, 'personal_sign', [
      `0x${Buffer.from(text).toString('hex')}`,
      ANVIL_ACCOUNT_0,
    ]);
    // The connect window closes itself once its queue is empty; the request opens a fresh one.
    const signWindow = await firefox.extensionPage('approval.html', { except: [connectWindow] });
    await waitForText(signWindow, text);
    await click(signWindow, 'Approve');
    const answer = await signed();
    expect(answer.code, answer.message).toBeUndefined();
    expect(answer.result).toMatch(/^0x[0-9a-f]{130}$/);
    const signer = await recoverMessageAddress({ message: text, signature: answer.result as `0x${string}` });
    expect(signer).toBe(ANVIL_ACCOUNT_0);
  } finally {
    await firefox.close();
  }
});
