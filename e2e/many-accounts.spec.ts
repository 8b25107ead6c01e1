/**
 * A thousand accounts in the real extension: Home shows the selected account, the count and a
 * virtualised list that keeps only the rows in view in the DOM, reads the others page by page
 * (getAccounts({ from, limit })) as it scrolls, and reaches account #1000 at the end.
 */
import type { Page } from '@playwright/test';
import { mnemonicToAccount } from 'viem/accounts';
import { expect, test } from './fixtures';
import { ACCOUNTS, importTestWallet, TEST_PHRASE } from './wallet';

const TOTAL = 1000;

/** The part of chrome.runtime this spec uses inside the page (no @types/chrome here). */
interface ChromeRuntime {
  connect(info: { name: string }): {
    postMessage(message: unknown): void;
    disconnect(): void;
    onMessage: { addListener(listener: (message: never) => void): void };
  };
}

/**
 * Adds accounts over the popup's own port (the protocol of extension/popup/ringClient.ts), as
 * fast as the ring answers: 999 clicks on Add account would test Playwright, not the list.
 */
async function addAccountsOverThePort(popup: Page, count: number): Promise<number> {
  return popup.evaluate(
    (count) =>
      new Promise<number>((resolve, reject) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;
        const port = runtime.connect({ name: 'ringfence-popup' });
        let id = 0;
        let total = 0;
        const next = () => {
          if (id === count) {
            port.disconnect();
            resolve(total);
            return;
          }
          port.postMessage({ id: ++id, procedure: 'addAccount', input: {} });
        };
        port.onMessage.addListener((m: { ok: boolean; output?: { total: number }; error?: unknown }) => {
          if (!m.ok) return reject(new Error(JSON.stringify(m.error)));
          total = m.output?.total ?? 0;
          next();
        });
        next();
      }),
    count,
  );
}

test('1,000 accounts: virtualised, read page by page, scrolls to #1000', async ({ popup }) => {
  test.setTimeout(120_000);
  await importTestWallet(popup);
  expect(await addAccountsOverThePort(popup, TOTAL - 1)).toBe(TOTAL);
  const last = mnemonicToAccount(TEST_PHRASE, { addressIndex: TOTAL - 1 }).address;

  await popup.reload();
  // The last added account is selected: shown in full above the list, and the count.
  await expect(popup.locator('[aria-current="true"] .address')).toHaveText(last, { timeout: 15_000 });
  await expect(popup.getByText('1,000 accounts', { exact: true })).toBeVisible();
  const list = popup.getByRole('region', { name: 'All accounts' });
  await expect(list.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible();
  await expect(list.getByText(ACCOUNTS[1].address, { exact: true })).toBeVisible();
  const rows = list.getByRole('listitem');
  expect(await rows.count(), 'only the rows in view are rendered').toBeLessThan(20);

  // Select account #1 from the list: it moves up top, and #1000 becomes a row of the list.
  await list.getByRole('button', { name: 'Use Account 1', exact: true }).click();
  await expect(popup.locator('[aria-current="true"] .address')).toHaveText(ACCOUNTS[0].address);

  // Scroll to the end (rows are measured as they render, so keep going until the end stays put).
  const account1000 = list.getByText(last, { exact: true });
  await expect(async () => {
    await list.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await expect(account1000).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(list.locator('li[aria-posinset="1000"]')).toContainText('Account 1000');
  expect(await rows.count(), 'still only the rows in view').toBeLessThan(20);

  // A row read from a later page works like any other: rename it.
  await list.getByRole('button', { name: 'Rename Account 1000', exact: true }).click();
  await list.getByLabel('Account name', { exact: true }).fill('The thousandth');
  await list.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(list.getByText('The thousandth', { exact: true })).toBeVisible();
});
