/**
 * Keyboard alone (issue 11): Tab, Shift+Tab, Enter and Space — no mouse, no clicks, no fill() —
 * import the test phrase, lock and unlock, switch Home's tabs with the arrow keys, connect a site
 * and approve a personal_sign on the approval window. Each control is reached by tabbing until it
 * has focus, so a control that is not in the tab order, or has no accessible name, fails the journey.
 */
import type { Page } from '@playwright/test';
import { recoverMessageAddress } from 'viem';
import { approvalWindow, approvalWindowsClosed, startRequest } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import { TEST_PASSWORD, TEST_PHRASE } from './wallet';

/** The focused element's accessible name as a user agent would read it (label, aria-label or text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const id = el.getAttribute('id');
    const label = id ? document.querySelector(`label[for="${id}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').trim();
  });

/** Presses Tab until the control named `name` has focus (at most 60 presses). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`keyboard: no control named "${name}" in the tab order`);
}

async function typeInto(page: Page, name: string, text: string) {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

test('keyboard only: import, lock, unlock, connect and approve a personal_sign', async ({
  popup,
  dapp,
  context,
  extensionId,
}) => {
  await expect(popup.getByRole('button', { name: 'Import a wallet' })).toBeVisible();
  await tabTo(popup, 'Import a wallet');
  await popup.keyboard.press('Enter');
  // The import screen loads lazily: wait for it before tabbing (waiting is not input).
  await expect(popup.getByLabel('Secret recovery phrase', { exact: true })).toBeVisible();
  await typeInto(popup, 'Secret recovery phrase', TEST_PHRASE);
  await typeInto(popup, 'Password', TEST_PASSWORD);
  await typeInto(popup, 'Confirm password', TEST_PASSWORD);
  await tabTo(popup, 'Import');
  await popup.keyboard.press('Enter');
  await expect(popup.getByText(ANVIL_ACCOUNT_0, { exact: true })).toBeVisible({ timeout: 30_000 });

  await tabTo(popup, 'Lock');
  await popup.keyboard.press('Space');
  await expect(popup.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await typeInto(popup, 'Password', TEST_PASSWORD);
  await popup.keyboard.press('Enter'); // submits the unlock form
  await expect(popup.getByText(ANVIL_ACCOUNT_0, { exact: true })).toBeVisible({ timeout: 30_000 });

  // Home's tabs: one tab stop, the arrow keys move between Assets and Activity (WAI-ARIA tabs).
  await tabTo(popup, 'Assets');
  await popup.keyboard.press('ArrowRight');
  const activityTab = popup.getByRole('tab', { name: 'Activity', exact: true });
  await expect(activityTab).toBeFocused();
  await expect(activityTab).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tabpanel', { name: 'Activity' })).toContainText('No transactions yet');
  await popup.keyboard.press('ArrowLeft');
  await expect(popup.getByRole('tab', { name: 'Assets', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  const connecting = startRequest(dapp, 'eth_requestAccounts');
  const connect = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
  await expect(connect.getByRole('button', { name: 'Approve' })).toBeEnabled({ timeout: 20_000 });
  await tabTo(connect, 'Approve');
  // Enter activates a button on keydown, and the emptied queue closes the window at once: a
  // keyup after that would hit a closed page (press() failed so, depending on timing).
  await connect.keyboard.down('Enter');
  expect((await connecting).result).toEqual([ANVIL_ACCOUNT_0]);
  await approvalWindowsClosed(context, extensionId); // the emptied queue closes its window

  const text = 'Signed with the keyboard alone';
  const signing = startRequest(dapp, 'personal_sign', [
    `0x${Buffer.from(text).toString('hex')}`,
    ANVIL_ACCOUNT_0,
  ]);
  const window = await approvalWindow(context, extensionId);
  await expect(window.getByText(text).first()).toBeVisible();
  await expect(window.getByRole('button', { name: 'Approve' })).toBeEnabled({ timeout: 20_000 });
  await tabTo(window, 'Approve');
  await window.keyboard.press('Space');
  const { result } = await signing;
  expect(await recoverMessageAddress({ message: text, signature: result as `0x${string}` })).toBe(
    ANVIL_ACCOUNT_0,
  );
});
