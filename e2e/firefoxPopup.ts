/**
 * Steps for driving the wallet's pages (popup, approval window) and a site in Firefox ESR through
 * puppeteer-core over WebDriver BiDi, where Playwright's locators do not exist. Elements are found
 * by accessible name (`::-p-aria(...)`, which puppeteer sends as BiDi `browsingContext.locateNodes`
 * with an accessibility locator, so Firefox's own accessibility tree answers), as CONTRACT.md names
 * them. Every wait has its own upper bound: a BiDi command to a page that went away can hang.
 */
import { expect } from '@playwright/test';
import type { ElementHandle } from 'puppeteer-core';
import type { BackgroundStatus, LaunchedFirefox } from './firefox';
import { withTimeout } from './withTimeout';

export type FirefoxPage = Awaited<ReturnType<LaunchedFirefox['browser']['newPage']>>;

export function demoUrl(): string {
  const url = process.env.RINGFENCE_DEMO_URL;
  if (!url) throw new Error('RINGFENCE_DEMO_URL is not set: run through playwright.config.ts (global-setup)');
  return url;
}

/** The demo dapp (viem + mipd) in a new tab, loaded. */
export async function openDemo(firefox: LaunchedFirefox): Promise<FirefoxPage> {
  const page = await firefox.browser.newPage();
  await withTimeout(page.goto(demoUrl(), { waitUntil: 'load', timeout: 15_000 }), 20_000, 'loading the demo');
  return page;
}

/** Polls the event page's status until it is `wanted` or `ms` pass; returns the last one seen. */
export async function waitForBackground(
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

/** Polls `check` in `page` until it returns a truthy value or `ms` pass. */
export async function waitInPage(
  page: FirefoxPage,
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

/** Waits until the page's text contains `text` (case-sensitive: a checksummed address must match). */
export const waitForText = (page: FirefoxPage, text: string, ms?: number) =>
  waitInPage(page, `the text "${text}"`, (t) => document.body?.textContent?.includes(t), text, ms);

/** Waits until the page's text no longer contains `text`. */
export const waitForNoText = (page: FirefoxPage, text: string, ms?: number) =>
  waitInPage(page, `no text "${text}"`, (t) => !document.body?.textContent?.includes(t), text, ms);

/** A `::-p-aria` selector for the accessible name `name` (and `role` if given). */
function ariaSelector(name: string | undefined, role?: string): string {
  const parts = [name === undefined ? '' : `[name=${JSON.stringify(name)}]`, role ? `[role="${role}"]` : ''];
  return `::-p-aria(${parts.join('')})`;
}

/**
 * Polls the accessibility tree for elements named `name` (and of `role`) until `accept(element,
 * arg)` keeps one; returns it. `accept` is serialised into the page, so it must be self-contained.
 */
async function waitForNamed(
  page: FirefoxPage,
  what: string,
  { name, role }: { name?: string; role?: string },
  accept: (element: Element, arg: string) => boolean,
  arg = '',
  ms = 20_000,
): Promise<ElementHandle> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await withTimeout(page.$$(ariaSelector(name, role)), 10_000, what).catch(() => []);
    let kept: ElementHandle | undefined;
    for (const handle of found) {
      if (!kept && (await handle.evaluate(accept, arg).catch(() => false))) kept = handle as ElementHandle;
      else await handle.dispose();
    }
    if (kept) return kept;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The enabled form field whose accessible name is exactly `label`. Firefox names a `<label>` by its
 * text too, and gives a password input its own role, so the role is left open and the field is
 * picked by kind.
 */
export function field(page: FirefoxPage, label: string): Promise<ElementHandle> {
  return waitForNamed(
    page,
    `an enabled field "${label}"`,
    { name: label },
    (el) =>
      (el instanceof HTMLInputElement ||
        el instanceof HTMLTextAreaElement ||
        el instanceof HTMLSelectElement) &&
      !el.disabled,
  );
}

/** Types `value` into the field named `label` with real key events, as a person would. */
export async function fill(page: FirefoxPage, label: string, value: string): Promise<void> {
  const input = await field(page, label);
  await withTimeout(input.type(value), 20_000, `typing into ${label}`);
  expect(await input.evaluate((el) => (el as HTMLInputElement).value.length)).toBe(value.length);
  await input.dispose();
}

/** Clicks the button named `name` once it is enabled (Approve is disarmed for a moment). */
export async function click(page: FirefoxPage, name: string): Promise<void> {
  const button = await waitForNamed(
    page,
    `an enabled "${name}" button`,
    { name, role: 'button' },
    (el) => el instanceof HTMLButtonElement && !el.disabled,
  );
  await withTimeout(button.click(), 10_000, `clicking ${name}`);
  await button.dispose();
}

/** Waits for a visible button named `name` (enabled or not). */
export async function expectButton(page: FirefoxPage, name: string): Promise<void> {
  const button = await waitForNamed(page, `a "${name}" button`, { name, role: 'button' }, () => true);
  await button.dispose();
}

/** Waits for an element with role "alert" whose text contains `word` (case-insensitive); returns its text. */
export async function alertText(page: FirefoxPage, word: string): Promise<string> {
  const alert = await waitForNamed(
    page,
    `an alert containing "${word}"`,
    { role: 'alert' },
    (el, w) => (el.textContent ?? '').toLowerCase().includes(w.toLowerCase()),
    word,
  );
  const text = await alert.evaluate((el) => el.textContent ?? '');
  await alert.dispose();
  return text;
}

/** Whether the checkbox whose label contains `text` (case-insensitive, e.g. an address) is checked. */
export async function isChecked(page: FirefoxPage, text: string): Promise<boolean> {
  const box = await waitForNamed(
    page,
    `a checkbox naming ${text}`,
    { role: 'checkbox' },
    (el, t) =>
      el instanceof HTMLInputElement &&
      (el.labels?.[0]?.textContent ?? '').toLowerCase().includes(t.toLowerCase()),
    text,
  );
  const checked = await box.evaluate((el) => (el as HTMLInputElement).checked);
  await box.dispose();
  return checked;
}

/**
 * Whether Firefox has closed `page`'s browsing context. Puppeteer gets no close event for windows the
 * extension opens (as it gets no navigation events for extension pages), so `isClosed()` stays
 * false: Firefox's own "no such frame" answer to a script call is what says the context is gone.
 */
export async function isGone(page: FirefoxPage): Promise<boolean> {
  if (page.isClosed()) return true;
  return withTimeout(
    page.evaluate(() => 1),
    5_000,
    'probing a page',
  ).then(
    () => false,
    (error: Error) => /no such frame/i.test(error.message),
  );
}

/** Waits until `page` is closed (the approval window closes itself when its queue is empty). */
export async function waitForClosed(page: FirefoxPage, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await isGone(page))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what} to close`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface RequestAnswer {
  result?: unknown;
  code?: number;
  message?: string;
}

/**
 * Starts `request` in the site's page without holding a BiDi command open for the user's answer;
 * the returned function polls for its outcome: `{ result }` or `{ code, message }`.
 */
export async function startRequest(
  page: FirefoxPage,
  method: string,
  params?: unknown[],
): Promise<() => Promise<RequestAnswer>> {
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
    return JSON.parse(await page.evaluate(read, key)) as RequestAnswer;
  };
}
