/**
 * The popup in the browser's UI language (issue 11): Chromium started in German imports the test
 * phrase, locks and unlocks, visits every screen of the popup and an approval window, and creates a
 * wallet through every onboarding step; on none of them does English text of `_locales/en` show —
 * the words come from `_locales/de` through browser.i18n. (The brand name is the same in both.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { ACCOUNTS, TEST_PASSWORD, TEST_PHRASE } from './wallet';

type Messages = Record<string, { message: string }>;
const read = (lang: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Messages;
const en = read('en');
const de = read('de');
const msg = (key: string) => de[key]!.message;
/** English messages that would give themselves away (placeholders cut off; the brand excluded). */
const english = Object.entries(en)
  .filter(([key]) => key !== 'extName')
  .map(([, { message }]) => message.split('$')[0]!.trim())
  .filter((text) => text.length >= 4);

const test = base.extend<{ popup: import('@playwright/test').Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their deps by destructuring.
  popup: async ({}, use) => {
    const launched = await launchWithExtension({
      extraArgs: ['--lang=de'],
      env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    });
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
    await use(page);
    await launched.close();
  },
});

async function expectNoEnglish(page: import('@playwright/test').Page, screen: string) {
  // What is rendered (innerText), not hidden templates: the user reads the screen.
  // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here.
  const text = await page.locator('body').innerText();
  // Whole words only: German "Importieren" contains the English "Import".
  const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shown = english.filter((sentence) =>
    new RegExp(`(?<!\\p{L})${escapeRegExp(sentence)}(?!\\p{L})`, 'u').test(text),
  );
  expect(shown, `${screen} shows English: ${shown.join(' | ')}`).toEqual([]);
}

test('in German: import, lock and unlock with German words only', async ({ popup }) => {
  await expect(popup.getByRole('button', { name: msg('createWallet') })).toBeVisible();
  await expectNoEnglish(popup, 'Welcome');
  await popup.getByRole('button', { name: msg('importWallet') }).click();
  await expect(popup.getByRole('heading', { name: msg('importWallet') })).toBeVisible();
  await expectNoEnglish(popup, 'Import');
  await popup.getByLabel(msg('recoveryPhrase'), { exact: true }).fill(TEST_PHRASE);
  await popup.getByLabel(msg('password'), { exact: true }).fill(TEST_PASSWORD);
  await popup.getByLabel(msg('confirmPassword'), { exact: true }).fill(TEST_PASSWORD);
  await popup.getByRole('button', { name: msg('importButton'), exact: true }).click();
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible({ timeout: 30_000 });

  await popup.getByRole('button', { name: msg('lock'), exact: true }).click();
  const unlock = popup.getByRole('button', { name: msg('unlockButton') });
  await expect(unlock).toBeVisible();
  await expectNoEnglish(popup, 'Unlock');
  await popup.getByLabel(msg('password'), { exact: true }).fill(`${TEST_PASSWORD}x`);
  await unlock.click();
  await expect(popup.getByRole('alert')).toHaveText(msg('wrongPassword'));
  await popup.getByLabel(msg('password'), { exact: true }).fill(TEST_PASSWORD);
  await unlock.click();
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible({ timeout: 30_000 });

  // Home, once balances and prices are read (no skeleton left), then its Activity tab.
  const portfolio = popup.getByRole('region', { name: msg('portfolioTitle') });
  await expect(portfolio.getByText(/^\d[\d.]* ETH$/).first()).toBeVisible({ timeout: 30_000 });
  await expect(portfolio.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(popup.getByRole('button', { name: msg('homeSend'), exact: true })).toBeVisible();
  await expectNoEnglish(popup, 'Home');
  await popup.getByRole('tab', { name: msg('homeTabActivity') }).click();
  await expect(popup.getByText(msg('activityEmpty'))).toBeVisible();
  await expectNoEnglish(popup, 'Home, Activity tab');
});

test('in German: creating a wallet, every onboarding step in German words', async ({ popup }) => {
  await popup.getByRole('button', { name: msg('createWallet') }).click();
  const list = popup.getByRole('list', { name: msg('recoveryPhrase') });
  await expect(list.getByRole('listitem')).toHaveCount(12);
  const current = popup
    .getByRole('list', { name: msg('onboardingProgress') })
    .locator('[aria-current="step"]');
  await expect(current).toContainText(msg('onboardingStepBackUp'));
  await expectNoEnglish(popup, 'Create: back up');
  const words = (await list.getByRole('listitem').allTextContents()).map((w) => w.trim());
  await popup.getByRole('button', { name: msg('onboardingWroteItDown') }).click();
  await expect(current).toContainText(msg('onboardingStepProtect'));
  await expect(popup.getByRole('radio', { name: msg('onboardingCustodyPhrase') })).toBeChecked();
  await expectNoEnglish(popup, 'Create: protect');
  await popup.getByLabel(msg('onboardingConfirmLabel'), { exact: true }).fill(words.join(' '));
  await popup.getByLabel(msg('password'), { exact: true }).fill(TEST_PASSWORD);
  await popup.getByLabel(msg('confirmPassword'), { exact: true }).fill(TEST_PASSWORD);
  await popup.getByRole('button', { name: msg('onboardingCreateButton'), exact: true }).click();
  await expect(popup.locator('.address').first()).toHaveText(/^0x[0-9a-fA-F]{40}$/, { timeout: 30_000 });
});
