/**
 * Shared steps for the guardian journeys (CONTRACT.md rows "guardians", "recovery", "sealed
 * guardians", "guardian side", "recovery request", "health check"): extra browser profiles, a
 * split read back from the Guardian share fields, and recovery on a fresh profile.
 */
import type { Page } from '@playwright/test';
import { launchWithExtension, newWindowPage, type RecordedChromium } from './chromium';
import { expect } from './fixtures';

export const RECOVERED_PASSWORD = 'recovered wallet 1';

export interface Profile {
  launched: RecordedChromium;
  popup: Page;
}

/** A fresh Chromium profile with the extension and popup.html open in a window of its own. */
export async function openProfile(): Promise<Profile> {
  const launched = await launchWithExtension();
  const popup = await newWindowPage(launched.context);
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return { launched, popup };
}

/** From the first-run screen: imports any phrase and waits for the home screen's address. */
export async function importPhrase(popup: Page, phrase: string, password: string): Promise<string> {
  await popup.getByRole('button', { name: 'Import a wallet' }).click();
  await popup.getByLabel('Secret recovery phrase', { exact: true }).fill(phrase);
  await popup.getByLabel('Password', { exact: true }).fill(password);
  await popup.getByLabel('Confirm password', { exact: true }).fill(password);
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  const address = popup.locator('.address').first();
  await expect(address).toHaveText(/^0x[0-9a-fA-F]{40}$/, { timeout: 30_000 });
  return (await address.textContent()) ?? '';
}

/** From the unlocked home screen, Guardians, or a split's result screen: opens Set up guardians. */
export async function openSetUp(popup: Page): Promise<void> {
  const done = popup.getByRole('button', { name: 'Done', exact: true });
  if (await done.isVisible()) await done.click();
  const guardians = popup.getByRole('button', { name: 'Guardians', exact: true });
  if (await guardians.isVisible()) await guardians.click();
  await popup.getByRole('button', { name: 'Set up guardians' }).click();
  await expect(popup.getByLabel('Threshold', { exact: true })).toBeVisible();
}

/**
 * On Set up guardians: splits T-of-N (codes[i] seals envelope i + 1; '' or absent: paper) and
 * returns the text of every "Guardian share N" field, in order. Ends on the result screen.
 */
export async function split(
  popup: Page,
  {
    threshold,
    count,
    password,
    codes = [],
  }: { threshold: number; count: number; password: string; codes?: string[] },
): Promise<string[]> {
  await popup.getByLabel('Threshold', { exact: true }).fill(String(threshold));
  await popup.getByLabel('Number of guardians', { exact: true }).fill(String(count));
  for (const [i, code] of codes.entries())
    await popup.getByLabel(`Guardian code ${i + 1}`, { exact: true }).fill(code);
  await popup.getByLabel('Password', { exact: true }).fill(password);
  await popup.getByRole('button', { name: 'Split', exact: true }).click();
  const first = popup.getByLabel('Guardian share 1', { exact: true });
  await expect(first).toHaveValue(/\S/, { timeout: 30_000 });
  const shares: string[] = [];
  for (let i = 1; i <= count; i++) {
    const field = popup.getByLabel(`Guardian share ${i}`, { exact: true });
    await expect(field).toHaveJSProperty('readOnly', true);
    shares.push((await field.inputValue()).trim());
  }
  await expect(popup.getByLabel(`Guardian share ${count + 1}`, { exact: true })).toHaveCount(0);
  return shares;
}

/** From the first-run screen: Recover with guardians, without pressing Recover yet. */
export async function openRecover(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Recover with guardians' }).click();
  await expect(popup.getByLabel('Guardian share 1', { exact: true })).toBeVisible();
}

/** On the Recover screen: fills one field per share (Add share for more than two), password, Recover. */
export async function submitShares(popup: Page, shares: readonly string[], password: string): Promise<void> {
  for (const [i, share] of shares.entries()) {
    const field = popup.getByLabel(`Guardian share ${i + 1}`, { exact: true });
    if ((await field.count()) === 0) await popup.getByRole('button', { name: 'Add share' }).click();
    await field.fill(share);
  }
  await popup.getByLabel('Password', { exact: true }).fill(password);
  await popup.getByLabel('Confirm password', { exact: true }).fill(password);
  await popup.getByRole('button', { name: 'Recover', exact: true }).click();
}

/** A refused recovery: an alert, no wallet, and after a reload still the first-run screen. */
export async function expectRefused(popup: Page): Promise<void> {
  await expect(popup.getByRole('alert')).toBeVisible({ timeout: 30_000 });
  await expect(popup.locator('.address')).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Create a new wallet' })).toBeVisible({ timeout: 15_000 });
  await expect(popup.getByRole('button', { name: 'Unlock' })).toHaveCount(0);
}

/** `text` with the character in the middle replaced by another of the bech32 alphabet. */
export function tamper(text: string): string {
  let at = Math.floor(text.length / 2);
  while (at < text.length && !/[a-z0-9]/.test(text[at] ?? '')) at++;
  const old = text[at];
  const replacement = old === 'q' ? 'p' : 'q';
  return `${text.slice(0, at)}${replacement}${text.slice(at + 1)}`;
}
