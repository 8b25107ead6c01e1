/**
 * Onboarding as a flow (issue 11): Welcome offers the three ways in; Create a new wallet walks
 * create → back up → protect → done with progress dots (aria-current="step", "Step N of 4"),
 * shows the phrase once and asks it back, and the custody choice decides where it ends: Phrase
 * only (pre-selected, so Create alone still ends at Home) or Guardians / Mixed → Set up guardians,
 * where the new wallet really splits.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { split } from './guardians';
import { TEST_PASSWORD } from './wallet';

const progress = (popup: Page) => popup.getByRole('list', { name: 'Progress', exact: true });
const currentStep = (popup: Page) => progress(popup).locator('[aria-current="step"]');

/** Create a new wallet up to the Protect step: returns the phrase shown once. */
async function backUp(popup: Page): Promise<string[]> {
  await popup.getByRole('button', { name: 'Create a new wallet', exact: true }).click();
  const list = popup.getByRole('list', { name: 'Secret recovery phrase' });
  await expect(list.getByRole('listitem')).toHaveCount(12);
  await expect(currentStep(popup)).toHaveText('Step 2 of 4: Back up');
  await expect(progress(popup).getByRole('listitem')).toHaveText([
    'Step 1 of 4: Create (completed)',
    'Step 2 of 4: Back up',
    'Step 3 of 4: Protect',
    'Step 4 of 4: Done',
  ]);
  const words = (await list.getByRole('listitem').allTextContents()).map((w) => w.trim());
  await popup.getByRole('button', { name: 'I wrote it down' }).click();
  await expect(list).toHaveCount(0);
  await expect(currentStep(popup)).toHaveText('Step 3 of 4: Protect');
  await expect(progress(popup).getByRole('listitem').nth(1)).toHaveText('Step 2 of 4: Back up (completed)');
  return words;
}

async function fillProtect(popup: Page, phrase: string): Promise<void> {
  await popup.getByLabel('Confirm your secret recovery phrase', { exact: true }).fill(phrase);
  await popup.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await popup.getByLabel('Confirm password', { exact: true }).fill(TEST_PASSWORD);
}

test('Welcome: the three ways in, each with a line saying when to pick it', async ({ popup }) => {
  for (const [name, line] of [
    ['Create a new wallet', /shown once and asked back/],
    ['Import a wallet', /12 or 24 words/],
    ['Recover with guardians', /envelopes/],
  ] as const) {
    const button = popup.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleDescription(line);
  }
  await expect(progress(popup)).toHaveCount(0);
  await popup.getByRole('button', { name: 'Recover with guardians', exact: true }).click();
  await expect(popup.getByLabel('Guardian share 1', { exact: true })).toBeVisible();
});

test('create: the dots advance, the phrase is asked back, Phrase only (pre-selected) ends at Home', async ({
  popup,
}) => {
  const words = await backUp(popup);
  const phraseOnly = popup.getByRole('radio', { name: 'Phrase only', exact: true });
  await expect(phraseOnly).toBeChecked();
  await expect(popup.getByRole('radio', { name: 'Guardians', exact: true })).not.toBeChecked();
  await expect(popup.getByRole('radio', { name: 'Mixed', exact: true })).not.toBeChecked();
  await expect(popup.getByRole('group', { name: 'Who can bring this wallet back?' })).toBeVisible();

  // Asked back: the words out of order are refused, and nothing is created.
  await fillProtect(popup, [...words.slice(1), words[0]].join(' '));
  await popup.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('does not match');
  await expect(currentStep(popup)).toHaveText('Step 3 of 4: Protect');

  await popup.getByLabel('Confirm your secret recovery phrase', { exact: true }).fill(words.join(' '));
  await popup.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(popup.locator('.address').first()).toHaveText(/^0x[0-9a-fA-F]{40}$/, { timeout: 30_000 });
  await expect(popup.getByRole('button', { name: 'Lock' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Set up guardians' })).toHaveCount(0);
  await expect(progress(popup)).toHaveCount(0);
});

for (const custody of ['Guardians', 'Mixed'] as const) {
  test(`create: choosing ${custody} continues on Set up guardians, which splits the new wallet`, async ({
    popup,
  }) => {
    const words = await backUp(popup);
    await popup.getByRole('radio', { name: custody, exact: true }).check();
    await expect(popup.getByRole('radio', { name: 'Phrase only', exact: true })).not.toBeChecked();
    await expect(popup.getByText(/After Create, Set up guardians opens/)).toBeVisible();
    await fillProtect(popup, words.join(' '));
    await popup.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(popup.getByRole('heading', { name: 'Set up guardians' })).toBeVisible({ timeout: 30_000 });
    const shares = await split(popup, { threshold: 2, count: 3, password: TEST_PASSWORD });
    expect(shares).toHaveLength(3);
    expect(new Set(shares).size).toBe(3);
  });
}
