/**
 * Blocked sites (issue 10, docs/rules.md "Your site lists"): the user blocks a site on the Rules
 * screen; a request from it is refused with 4001 naming the default phishing-origin rule and no
 * window opens; a bad entry is refused with an alert naming the field; after Unblock the site asks
 * again through the approval window, and the audit log shows both changes.
 */
import { approvalWindow, approve, fakeSite, pagesOpenedDuring, startRequest } from './dapp';
import { expect, test } from './fixtures';
import { importTestWallet } from './wallet';

const SITE = 'https://blocked.example';

test('Block site: its requests get 4001 without a window; Unblock: it asks again', async ({
  context,
  extensionId,
  popup,
}) => {
  test.setTimeout(180_000);
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Rules', exact: true }).click();
  const field = popup.getByLabel('Blocked site', { exact: true });
  const block = popup.getByRole('button', { name: 'Block site', exact: true });

  // A bad entry: an alert naming the field, and the list stays empty.
  await field.fill(`${SITE}/login`);
  await block.click();
  await expect(popup.getByRole('alert')).toContainText('entry: expected an exact origin');
  await expect(popup.getByText('No blocked sites yet.')).toBeVisible();

  await field.fill('Blocked.Example');
  await block.click();
  const list = popup.getByRole('list', { name: 'Blocked sites' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('blocked.example');
  await expect(field).toHaveValue('');

  // The blocked site: 4001 naming the rule, before any window.
  const site = await fakeSite(context, SITE);
  const { answer: refused, opened } = await pagesOpenedDuring(context, () =>
    startRequest(site, 'eth_requestAccounts'),
  );
  expect(refused.code).toBe(4001);
  expect(refused.message).toContain('"phishing-origin"');
  expect(opened).toEqual([]);

  // Unblocked: the same request opens the approval window again and can be approved.
  await list
    .getByRole('listitem')
    .filter({ hasText: 'blocked.example' })
    .getByRole('button', { name: 'Unblock' })
    .click();
  await expect(popup.getByText('No blocked sites yet.')).toBeVisible();
  const pending = startRequest(site, 'eth_requestAccounts');
  const window = await approvalWindow(context, extensionId, SITE);
  await approve(window);
  expect((await pending).result).toHaveLength(1);

  // Both changes and the refusal are in the audit log.
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await popup.getByRole('button', { name: 'Audit log' }).click();
  await expect(popup.getByText('blocked site added: blocked.example')).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByText('blocked site removed: blocked.example')).toBeVisible();
  await expect(
    popup.getByText(`${SITE} any request: deny by phishing-origin, before any window`),
  ).toBeVisible();
});
