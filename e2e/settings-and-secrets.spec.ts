/**
 * Settings and the secrets around them, in the real extension: the popup's DOM never holds the
 * phrase or the password except on the explicit reveal screen; revealing, changing the password,
 * the audit trail, auto-lock and the networks' RPC URLs all go through the ring.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  ACCOUNTS,
  domDump,
  expectNoSecretsInDom,
  importTestWallet,
  lockWallet,
  openSettings,
  TEST_PASSWORD,
  TEST_PHRASE,
  unlockWith,
} from './wallet';

const NEW_PASSWORD = 'battery staple 2';
const account0 = (popup: Page) => popup.getByText(ACCOUNTS[0].address, { exact: true });

test('the popup DOM holds neither the phrase nor the password after import, unlock or in Settings', async ({
  popup,
}) => {
  await importTestWallet(popup);
  await expectNoSecretsInDom(popup);

  await lockWallet(popup);
  await unlockWith(popup, TEST_PASSWORD);
  await expect(account0(popup)).toBeVisible({ timeout: 30_000 });
  await expectNoSecretsInDom(popup);

  await openSettings(popup);
  await expectNoSecretsInDom(popup);
});

test('revealing the phrase needs the password; Hide and leaving clear it', async ({ popup }) => {
  await importTestWallet(popup);
  await openSettings(popup);
  const reveal = popup.getByRole('region', { name: 'Reveal secret recovery phrase' });
  const words = popup.getByRole('list', { name: 'Secret recovery phrase' });

  await reveal.getByLabel('Password', { exact: true }).fill('not the password');
  await reveal.getByRole('button', { name: 'Reveal' }).click();
  await expect(reveal.getByRole('alert')).toContainText(/password/i);
  await expect(words).toHaveCount(0);

  await reveal.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await reveal.getByRole('button', { name: 'Reveal' }).click();
  await expect(words.getByRole('listitem')).toHaveText(TEST_PHRASE.split(' '), { timeout: 30_000 });
  await expectNoSecretsInDom(popup, [TEST_PASSWORD]);

  await reveal.getByRole('button', { name: 'Hide' }).click();
  await expect(words).toHaveCount(0);
  expect(await domDump(popup)).not.toMatch(/>\s*junk\s*</);

  // Shown again, then gone with the screen.
  await reveal.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await reveal.getByRole('button', { name: 'Reveal' }).click();
  await expect(words.getByRole('listitem')).toHaveCount(12, { timeout: 30_000 });
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(account0(popup)).toBeVisible();
  await expect(words).toHaveCount(0);
  expect(await domDump(popup)).not.toMatch(/>\s*junk\s*</);
});

test('after a password change the old password is refused and the new one unlocks', async ({ popup }) => {
  await importTestWallet(popup);
  await openSettings(popup);
  const form = popup.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password', { exact: true }).fill(TEST_PASSWORD);
  await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText(/password changed/i, { timeout: 30_000 });
  await expectNoSecretsInDom(popup, [TEST_PASSWORD, NEW_PASSWORD]);

  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await lockWallet(popup);
  await unlockWith(popup, TEST_PASSWORD);
  await expect(popup.getByRole('alert')).toContainText(/password/i, { timeout: 30_000 });
  await expect(account0(popup)).toHaveCount(0);

  await unlockWith(popup, NEW_PASSWORD);
  await expect(account0(popup)).toBeVisible({ timeout: 30_000 });
});

test('the audit log lists the reveal and its chain verifies', async ({ popup }) => {
  await importTestWallet(popup);
  await openSettings(popup);
  const reveal = popup.getByRole('region', { name: 'Reveal secret recovery phrase' });
  await reveal.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await reveal.getByRole('button', { name: 'Reveal' }).click();
  await expect(reveal.getByRole('listitem')).toHaveCount(12, { timeout: 30_000 });
  await popup.getByRole('button', { name: 'Back', exact: true }).click();

  await popup.getByRole('button', { name: 'Audit log', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Chain intact' })).toBeVisible();
  await expect(popup.getByRole('cell', { name: 'revealToUser', exact: true })).toBeVisible();
  await expectNoSecretsInDom(popup);
});

test('the auto-lock minutes survive reopening the popup', async ({ popup }) => {
  await importTestWallet(popup);
  await openSettings(popup);
  const minutes = popup.getByLabel('Auto-lock after (minutes)', { exact: true });
  await expect(minutes).toHaveValue('15');
  await minutes.fill('5');
  await popup.getByRole('button', { name: 'Save auto-lock' }).click();
  await expect(popup.getByText('Locks after 5 idle minutes.')).toBeVisible();

  await popup.reload();
  await expect(account0(popup)).toBeVisible({ timeout: 15_000 });
  await openSettings(popup);
  await expect(minutes).toHaveValue('5');
});

test("a network's RPC URL can be edited, is validated by the ring, and resets", async ({ popup }) => {
  popup.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await importTestWallet(popup);
  const picker = popup.getByLabel('Network', { exact: true });
  await picker.selectOption('sepolia');
  await openSettings(popup);
  const sepolia = popup.getByRole('form', { name: /Sepolia/ });
  const url = sepolia.getByLabel('RPC URL for Sepolia', { exact: true });
  await expect(url).toHaveValue(/^https:\/\/ethereum-sepolia-rpc\.publicnode\.com\/?$/);

  await url.fill('http://127.0.0.1:9/');
  await sepolia.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sepolia.getByRole('status')).toHaveText('Saved.');
  await expect(picker).toHaveAttribute('title', 'RPC URL: http://127.0.0.1:9/');
  await popup.reload();
  await expect(account0(popup)).toBeVisible({ timeout: 15_000 });
  await openSettings(popup);
  await expect(url).toHaveValue('http://127.0.0.1:9/');

  await url.fill('javascript:alert(1)');
  await sepolia.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sepolia.getByRole('alert')).toContainText('rpcUrl');
  await expect(picker).toHaveAttribute('title', 'RPC URL: http://127.0.0.1:9/');

  await sepolia.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(sepolia.getByRole('status')).toHaveText(/reset/i);
  await expect(url).toHaveValue(/^https:\/\/ethereum-sepolia-rpc\.publicnode\.com\/?$/);
  await expect(sepolia.getByText('The default RPC URL.')).toBeVisible();
  await expect(picker).toHaveAttribute('title', /^RPC URL: https:\/\/ethereum-sepolia-rpc\.publicnode\.com/);
});

test('a BIP-39 passphrase, behind Advanced, gives different accounts', async ({ popup }) => {
  await popup.getByRole('button', { name: 'Import a wallet' }).click();
  const passphrase = popup.getByLabel('BIP-39 passphrase (optional)', { exact: true });
  await expect(passphrase).toBeHidden();
  await expect(passphrase).toHaveAttribute('type', 'password');
  await popup.getByText('Advanced: BIP-39 passphrase').click();
  await passphrase.fill('extra words');
  await popup.getByLabel('Secret recovery phrase', { exact: true }).fill(TEST_PHRASE);
  await popup.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await popup.getByLabel('Confirm password', { exact: true }).fill(TEST_PASSWORD);
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(popup.locator('.address').first()).toHaveText(/^0x[0-9a-fA-F]{40}$/, { timeout: 30_000 });
  await expect(account0(popup)).toHaveCount(0);
  await expectNoSecretsInDom(popup, [TEST_PHRASE, TEST_PASSWORD, 'extra words']);
});
