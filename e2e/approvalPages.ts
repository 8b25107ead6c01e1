/**
 * Finding a request on whichever approval window shows it. A request that follows another (the
 * switch card after an add card) may land on the window that is about to close or on a new one,
 * and a worker restart can leave more than one window open; these helpers look at them all.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';

export function approvalPages(context: BrowserContext, extensionId: string): Page[] {
  const prefix = `chrome-extension://${extensionId}/approval.html`;
  return context.pages().filter((p) => !p.isClosed() && p.url().startsWith(prefix));
}

/**
 * Polls every open approval window until `find(page)` is visible on one of them; returns that
 * page and the locator. Throws (naming `what`) after `timeout` ms.
 */
export async function onApprovalPage(
  context: BrowserContext,
  extensionId: string,
  find: (page: Page) => Locator,
  { what = 'the request', timeout = 30_000 } = {},
): Promise<{ page: Page; locator: Locator }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of approvalPages(context, extensionId)) {
      const locator = find(page).first();
      if (await locator.isVisible().catch(() => false)) return { page, locator };
    }
    if (Date.now() > deadline) {
      const open = approvalPages(context, extensionId).length;
      throw new Error(`${what}: not shown on any approval window within ${timeout} ms (${open} open)`);
    }
    // Wait for a page to open or some time to pass, whichever comes first.
    await context.waitForEvent('page', { timeout: 250 }).catch(() => undefined);
  }
}

/** The approval window whose card is titled `title` (e.g. "Add a network"). */
export async function cardWindow(
  context: BrowserContext,
  extensionId: string,
  title: string | RegExp,
): Promise<Page> {
  const { page } = await onApprovalPage(
    context,
    extensionId,
    (p) => p.getByRole('heading', { name: title }),
    { what: `card "${String(title)}"` },
  );
  return page;
}
