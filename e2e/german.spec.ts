/**
 * The popup in the browser's UI language (issue 11): Chromium started in German imports the test
 * phrase, locks and unlocks, visits every screen of the popup and an approval window, and creates a
 * wallet through every onboarding step; on none of them does English text of `_locales/en` show —
 * the words come from `_locales/de` through browser.i18n. (The brand name is the same in both.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, newWindowPage } from './chromium';
import { approvalWindow, startRequest } from './dapp';
import { ACCOUNTS, TEST_PASSWORD, TEST_PHRASE } from './wallet';

type Messages = Record<string, { message: string }>;
const read = (lang: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Messages;
const en = read('en');
const de = read('de');
const msg = (key: string) => de[key]!.message;
/**
 * English messages that would give themselves away (placeholders cut off). Names German keeps too
 * are left out: the brand, and product names such as "Esplora" inside "Esplora-Server".
 */
const english = Object.entries(en)
  .map(([key, { message }]) => [key, message.split('$')[0]!.trim()] as const)
  .filter(([key, text]) => text.length >= 4 && !de[key]!.message.includes(text))
  .map(([, text]) => text);

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
const test = base.extend<{ launched: Launched; popup: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their deps by destructuring.
  launched: async ({}, use) => {
    const launched = await launchWithExtension({
      extraArgs: ['--lang=de'],
      env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    });
    await use(launched);
    await launched.close();
  },
  popup: async ({ launched }, use) => {
    const page = await newWindowPage(launched.context);
    await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
    await use(page);
  },
});

async function expectNoEnglish(page: Page, screen: string) {
  // What is rendered and visible, not hidden templates: the user reads the screen. Left out: the
  // ring's own prose and the user's data (data-ring-text: rule lines, a version's "why"; what the
  // user types in fields), and account names ("Account 1" until renamed) — not words of `_locales`.
  const text = (
    await page.evaluate(() => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('[data-ring-text], [translate="no"], textarea, script, style'))
          continue;
        if (!parent.checkVisibility()) continue;
        parts.push(node.nodeValue ?? '');
      }
      return parts.join(' ');
    })
  ).replace(/\bAccount \d+\b/g, '');
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

  // Every screen Home opens, each once its waits are over.
  for (const key of [
    'homeReceive',
    'homeSend',
    'homeGuardians',
    'homeActivity',
    'homeConnectedSites',
    'homeSettings',
    'homeRules',
    'homeAddressBook',
    'homeAuditLog',
    'homeBeAGuardian',
    'homeGuardianInbox',
  ] as const) {
    await popup.getByRole('button', { name: msg(key), exact: true }).click();
    const back = popup.getByRole('button', { name: msg('back'), exact: true }).first();
    await expect(back).toBeVisible();
    await expect(popup.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    await expectNoEnglish(popup, key);
    await back.click();
    await expect(popup.getByRole('button', { name: msg('lock'), exact: true })).toBeVisible();
  }
});

test('in German: an approval window in German words', async ({ launched, popup }) => {
  await popup.getByRole('button', { name: msg('importWallet') }).click();
  await popup.getByLabel(msg('recoveryPhrase'), { exact: true }).fill(TEST_PHRASE);
  await popup.getByLabel(msg('password'), { exact: true }).fill(TEST_PASSWORD);
  await popup.getByLabel(msg('confirmPassword'), { exact: true }).fill(TEST_PASSWORD);
  await popup.getByRole('button', { name: msg('importButton'), exact: true }).click();
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible({ timeout: 30_000 });
  const demoUrl = process.env.RINGFENCE_DEMO_URL;
  if (!demoUrl) throw new Error('RINGFENCE_DEMO_URL is not set: run through playwright.config.ts');
  const dapp = await newWindowPage(launched.context);
  await dapp.goto(demoUrl);
  const pending = startRequest(dapp, 'eth_requestAccounts');
  const window = await approvalWindow(launched.context, launched.extensionId, new URL(dapp.url()).origin);
  const approve = window.getByRole('button', { name: msg('approvalApprove'), exact: true });
  await expect(approve).toBeEnabled({ timeout: 20_000 });
  await expect(window.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoEnglish(window, 'Approval window');
  await window.getByRole('button', { name: msg('approvalReject'), exact: true }).click();
  expect((await pending).code).toBe(4001);
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
