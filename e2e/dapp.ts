/**
 * Shared steps for the dapp journeys: a wallet with the test phrase, and the approval window the
 * background opens for a site's request (CONTRACT.md: a new page under chrome-extension://<id>/).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { newWindowPage } from './chromium';
import { expect } from './fixtures';
import { importTestWallet, TEST_PASSWORD } from './wallet';

/** Waits for the approval window to show a request from `origin`, and returns it. */
export async function approvalWindow(
  context: BrowserContext,
  extensionId: string,
  origin?: string,
): Promise<Page> {
  const isApproval = (p: Page) =>
    !p.isClosed() && p.url().startsWith(`chrome-extension://${extensionId}/approval.html`);
  const page =
    context.pages().find(isApproval) ??
    (await context.waitForEvent('page', { predicate: isApproval, timeout: 20_000 }));
  if (origin) await expect(page.getByText(origin, { exact: false }).first()).toBeVisible({ timeout: 20_000 });
  return page;
}

/** Clicks Approve on the approval window's current request (waiting out its click guard). */
export async function approve(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Approve' });
  await expect(button).toBeEnabled({ timeout: 20_000 });
  await button.click();
}

/**
 * On a card a rule gated with the password (docs/rules.md, confirm-with-password): checks that the
 * card names `rule`, types the password (CONTRACT.md "password on a card"). Approve it afterwards.
 */
export async function typeCardPassword(page: Page, rule: string, password = TEST_PASSWORD): Promise<void> {
  await expect(page.getByText(new RegExp(`The rule ${rule} asks for your password`))).toBeVisible({
    timeout: 20_000,
  });
  await page.getByLabel('Password', { exact: true }).fill(password);
}

export async function reject(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Reject' });
  await expect(button).toBeEnabled({ timeout: 20_000 });
  await button.click();
}

/** Runs `request` in the page without awaiting it; the returned promise settles with {result} or {code}. */
export function startRequest(
  dapp: Page,
  method: string,
  params?: unknown,
): Promise<{ result?: unknown; code?: number; message?: string }> {
  return dapp.evaluate(
    ([m, p]) =>
      (window.ethereum!.request as (a: unknown) => Promise<unknown>)({ method: m, params: p }).then(
        (result) => ({ result }),
        (e: { code: number; message: string }) => ({ code: e.code, message: e.message }),
      ),
    [method, params] as const,
  );
}

/** Imports the test wallet in the popup tab and connects the dapp with account 0. */
export async function connectDapp(
  context: BrowserContext,
  extensionId: string,
  popup: Page,
  dapp: Page,
): Promise<void> {
  await importTestWallet(popup);
  const pending = startRequest(dapp, 'eth_requestAccounts');
  const window = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  await approve(window);
  expect((await pending).result).toHaveLength(1);
  // The queue is empty now, so the window closes itself; the next request gets a new one.
  await approvalWindowsClosed(context, extensionId);
}

/**
 * Waits until no approval window is open: after an answer empties the queue the window closes
 * itself, and a request started before that may land on the closing page. Call this between steps.
 */
export async function approvalWindowsClosed(context: BrowserContext, extensionId: string): Promise<void> {
  const open = () =>
    context
      .pages()
      .filter((p) => !p.isClosed() && p.url().startsWith(`chrome-extension://${extensionId}/approval.html`))
      .length;
  await expect.poll(open, { timeout: 20_000, message: 'approval windows still open' }).toBe(0);
}

/**
 * A page of a made-up site at `origin` (served by Playwright, never fetched), once the provider is
 * injected: for requests from an origin other than the demo dapp's (a denied or blocked site).
 */
export async function fakeSite(context: BrowserContext, origin: string): Promise<Page> {
  const page = await newWindowPage(context);
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Site</title><p>a site</p>' }),
  );
  await page.goto(`${origin}/`);
  await expect.poll(() => page.evaluate(() => typeof window.ethereum)).toBe('object');
  return page;
}

/**
 * Runs `run` and returns its answer with the URLs of every page (window) that opened meanwhile or
 * within `settleMs` after it (a window would have opened by then): [] proves no window opened.
 */
export async function pagesOpenedDuring<T>(
  context: BrowserContext,
  run: () => Promise<T>,
  settleMs = 1_500,
): Promise<{ answer: T; opened: string[] }> {
  const opened: string[] = [];
  const onPage = (p: Page) => void opened.push(p.url());
  context.on('page', onPage);
  try {
    const answer = await run();
    await new Promise((r) => setTimeout(r, settleMs));
    return { answer, opened };
  } finally {
    context.off('page', onPage);
  }
}
