/**
 * Shared steps for the wallet journeys: the well-known test phrase (Hardhat/anvil default
 * accounts, src/fixtures/eth-hardhat-default-accounts.json) imported through the popup.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const TEST_PHRASE = 'test test test test test test test test test test test junk';
export const TEST_PASSWORD = 'correct horse 1';

/** m/44'/60'/0'/0/{0,1} of TEST_PHRASE, and anvil's account 2 used as a raw imported key. */
export const ACCOUNTS = [
  {
    address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    privateKey: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  },
  {
    address: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    privateKey: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  },
  {
    address: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
    privateKey: '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  },
] as const;
export const IMPORTED = ACCOUNTS[2];

/** Pastes `text` into a field the way a clipboard paste arrives (a ClipboardEvent with data). */
export async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // A real paste inserts the text unless a handler took over; mirror that for the plain path.
    if (element.dispatchEvent(event)) document.execCommand('insertText', false, pasted);
  }, text);
}

/** From the first-run screen: imports TEST_PHRASE (or `phrase`, whose account 0 is `address`) and waits for account 0 to show. */
export async function importTestWallet(
  popup: Page,
  {
    phrase = TEST_PHRASE,
    password = TEST_PASSWORD,
    paste = false,
    address = ACCOUNTS[0].address as string,
  } = {},
): Promise<void> {
  await popup.getByRole('button', { name: 'Import a wallet' }).click();
  if (paste) await pasteInto(popup, 'Secret recovery phrase', phrase);
  else await popup.getByLabel('Secret recovery phrase', { exact: true }).fill(phrase);
  await popup.getByLabel('Password', { exact: true }).fill(password);
  await popup.getByLabel('Confirm password', { exact: true }).fill(password);
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(popup.getByText(address, { exact: true })).toBeVisible({ timeout: 30_000 });
}

export async function unlockWith(popup: Page, password: string): Promise<void> {
  await popup.getByLabel('Password', { exact: true }).fill(password);
  await popup.getByRole('button', { name: 'Unlock' }).click();
}

/** From the unlocked home screen: Lock, then wait for the locked screen. */
export async function lockWallet(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(popup.getByRole('button', { name: 'Unlock' })).toBeVisible();
}

/** From the unlocked home screen to Settings. */
export async function openSettings(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
}

/** Everything the popup's DOM holds as text: the serialised document plus every field's live value. */
export function domDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = Array.from(document.querySelectorAll('input, textarea'), (el) => {
      return (el as HTMLInputElement | HTMLTextAreaElement).value;
    });
    return [document.documentElement.outerHTML, ...fields].join('\n');
  });
}

/** Asserts the popup's DOM holds none of `secrets` (default: the test phrase and password). */
export async function expectNoSecretsInDom(
  page: Page,
  secrets: readonly string[] = [TEST_PHRASE, TEST_PASSWORD],
): Promise<void> {
  const dump = (await domDump(page)).toLowerCase();
  for (const secret of secrets)
    expect(dump.includes(secret.toLowerCase()), `DOM contains "${secret}"`).toBe(false);
}
