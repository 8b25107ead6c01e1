/**
 * README screenshots (issue 11): the main screens at the popup's size (360 × 600), light and dark,
 * made from the built extension against anvil. Every run writes them to test-results/screenshots
 * and checks the size budget (a README image stays small); `RINGFENCE_SCREENSHOTS=1 npm run
 * test:e2e -- e2e/screenshots.spec.ts` writes them to docs/screenshots/ for the README.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { approvalWindow, reject, startRequest } from './dapp';
import { expect, test } from './fixtures';
import { ACCOUNTS, importTestWallet } from './wallet';

const OUT = resolve(
  import.meta.dirname,
  '..',
  process.env.RINGFENCE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots',
);
/** Per image: a README page with eight of them stays well under a megabyte. */
const MAX_BYTES = 120_000;
const POPUP = { width: 360, height: 600 };

async function shoot(page: Page, name: string): Promise<void> {
  // No caret blink or animation in the picture; fonts and icons are local, so nothing is pending.
  await page.evaluate(() => document.fonts.ready);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  const bytes = statSync(path).size;
  expect(bytes, `${name}.png is ${bytes} bytes`).toBeLessThanOrEqual(MAX_BYTES);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of the main screens, ${colorScheme}`, async ({ context, extensionId, popup, dapp }) => {
    test.setTimeout(120_000);
    mkdirSync(OUT, { recursive: true });
    await popup.setViewportSize(POPUP);
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expect(popup.getByRole('button', { name: 'Create a new wallet' })).toBeVisible();
    await shoot(popup, `welcome-${colorScheme}`);

    await importTestWallet(popup);
    await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible();
    await expect(popup.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    await shoot(popup, `home-${colorScheme}`);

    for (const [open, name] of [
      ['Receive', 'receive'],
      ['Send', 'send'],
      ['Guardians', 'guardians'],
      ['Rules', 'rules'],
    ] as const) {
      await popup.getByRole('button', { name: open, exact: true }).click();
      await expect(popup.getByRole('button', { name: 'Back', exact: true }).first()).toBeVisible();
      await expect(popup.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      await shoot(popup, `${name}-${colorScheme}`);
      await popup.getByRole('button', { name: 'Back', exact: true }).first().click();
    }

    const pending = startRequest(dapp, 'eth_requestAccounts');
    const window = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
    await window.setViewportSize(POPUP);
    await window.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expect(window.getByRole('button', { name: 'Approve' })).toBeEnabled({ timeout: 20_000 });
    await shoot(window, `approval-${colorScheme}`);
    await reject(window);
    expect((await pending).code).toBe(4001);
  });
}
