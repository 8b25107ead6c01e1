/**
 * The vault and accounts journey in the real extension: import, lock/unlock, a worker restart
 * (the wallet must come back locked), HD and imported accounts, creating a wallet, and what the
 * browser's storage holds afterwards (ciphertext only: no phrase, password or key in any form).
 */
import { stopServiceWorkers } from './chromium';
import { expect, test } from './fixtures';
import { binaryCorpus, bytesOf, dumpStorage } from './storageDump';
import { ACCOUNTS, IMPORTED, importTestWallet, TEST_PASSWORD, TEST_PHRASE, unlockWith } from './wallet';

test('importing the test phrase shows account 0, checksummed', async ({ popup }) => {
  // Pasted as copied from a numbered list: one word per line.
  await importTestWallet(popup, { paste: true, phrase: `${TEST_PHRASE.split(' ').join('\n')}\n` });
  await expect(popup.locator('.address', { hasText: ACCOUNTS[0].address })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Lock' })).toBeVisible();
});

test('a wrong password is refused with an alert; the right one unlocks', async ({ popup }) => {
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Lock' }).click();
  await expect(popup.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(popup.getByText(ACCOUNTS[0].address)).toHaveCount(0);

  await unlockWith(popup, 'not the password');
  await expect(popup.getByRole('alert')).toContainText(/password/i);
  await expect(popup.getByLabel('Password', { exact: true })).toHaveValue('');

  await unlockWith(popup, TEST_PASSWORD);
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible({ timeout: 30_000 });
});

test('after the worker is stopped, the wallet comes back locked and unlocks again', async ({ popup }) => {
  await importTestWallet(popup);
  await stopServiceWorkers(popup);
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Unlock' })).toBeVisible({ timeout: 15_000 });
  await expect(popup.getByLabel('Password', { exact: true })).toBeVisible();
  await expect(popup.getByText(ACCOUNTS[0].address)).toHaveCount(0);

  await unlockWith(popup, TEST_PASSWORD);
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible({ timeout: 30_000 });
});

test('Add account derives index 1; Import account adds a raw key', async ({ popup }) => {
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Add account' }).click();
  await expect(popup.getByText(ACCOUNTS[1].address, { exact: true })).toBeVisible();
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible();

  await popup.getByRole('button', { name: 'Import account' }).click();
  await popup.getByLabel('Private key', { exact: true }).fill('0x1234');
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(popup.getByRole('alert')).toBeVisible();

  await popup.getByLabel('Private key', { exact: true }).fill(IMPORTED.privateKey);
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(popup.getByText(IMPORTED.address, { exact: true })).toBeVisible();
  // The imported account is selected and the others are still listed.
  await expect(popup.locator('[aria-current="true"] .address')).toHaveText(IMPORTED.address);
  for (const { address } of ACCOUNTS) await expect(popup.getByText(address, { exact: true })).toBeVisible();
});

test('creating a wallet: the phrase is shown once, typed back, and saved', async ({ popup }) => {
  await popup.getByRole('button', { name: 'Create a new wallet' }).click();
  const list = popup.getByRole('list', { name: 'Secret recovery phrase' });
  await expect(list.getByRole('listitem')).toHaveCount(12);
  const words = (await list.getByRole('listitem').allTextContents()).map((w) => w.trim());
  expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);

  await popup.getByRole('button', { name: 'I wrote it down' }).click();
  await expect(list).toHaveCount(0);
  const confirm = popup.getByLabel('Confirm your secret recovery phrase', { exact: true });
  await expect(confirm).toHaveAttribute('type', 'password');

  // A mismatch is refused and nothing is created.
  await confirm.fill([...words.slice(1), words[0]].join(' '));
  await popup.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await popup.getByLabel('Confirm password', { exact: true }).fill(TEST_PASSWORD);
  await popup.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(popup.getByRole('alert')).toBeVisible();

  await confirm.fill(words.join(' '));
  await popup.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(popup.locator('.address').first()).toHaveText(/^0x[0-9a-fA-F]{40}$/, { timeout: 30_000 });
  await expect(popup.getByRole('button', { name: 'Lock' })).toBeVisible();
});

test('storage holds no phrase, password or private key in any encoding', async ({ popup, launched }) => {
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Add account' }).click();
  await expect(popup.getByText(ACCOUNTS[1].address, { exact: true })).toBeVisible();
  await popup.getByRole('button', { name: 'Import account' }).click();
  await popup.getByLabel('Private key', { exact: true }).fill(IMPORTED.privateKey);
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(popup.getByText(IMPORTED.address, { exact: true })).toBeVisible();

  const worker = launched.context.serviceWorkers()[0] ?? launched.worker;
  const dump = await dumpStorage(worker);
  const databases = Object.keys(JSON.parse(dump).databases as object);
  expect(databases.length, 'the vault lives in IndexedDB').toBeGreaterThan(0);

  const lower = dump.toLowerCase();
  const binary = binaryCorpus(dump);
  const texts = [TEST_PHRASE, TEST_PHRASE.split(' ').join(''), TEST_PASSWORD];
  for (const text of texts) {
    expect(lower.includes(text.toLowerCase()), `storage contains "${text}"`).toBe(false);
    expect(binary.includes(Buffer.from(text).toString('hex')), `storage contains "${text}" as bytes`).toBe(
      false,
    );
  }
  // What the ring sent the popup: addresses and views, never the phrase, password or a key.
  const messages = launched.ringMessages.join('\n').toLowerCase();
  expect(launched.ringMessages.length, 'the popup port is recorded').toBeGreaterThan(3);
  for (const text of texts)
    expect(messages.includes(text.toLowerCase()), `a popup message holds "${text}"`).toBe(false);
  for (const { privateKey } of ACCOUNTS)
    expect(messages.includes(privateKey.slice(2)), `a popup message holds ${privateKey.slice(0, 10)}…`).toBe(
      false,
    );
  for (const { privateKey } of ACCOUNTS) {
    const key = privateKey.slice(2);
    const bytes = bytesOf(privateKey);
    expect(lower.includes(key), `storage contains ${privateKey.slice(0, 10)}… as hex`).toBe(false);
    expect(lower.includes(`0x${key}`)).toBe(false);
    expect(dump.includes(bytes.toString('base64')), `… as base64`).toBe(false);
    expect(dump.includes(bytes.toString('base64url')), `… as base64url`).toBe(false);
    expect(dump.includes(Array.from(bytes).join(',')), `… as a byte array`).toBe(false);
    expect(binary.includes(key), `… as raw bytes`).toBe(false);
  }
});
