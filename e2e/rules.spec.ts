/**
 * The rules in the ring, end to end (issue 10): the user sets "at most 1 ETH per 24 h without the
 * password" on the Rules screen, a site's first 0.6 ETH send gets the normal card, the second asks
 * for the password and names the rule, a denied site is refused with 4001 before any window opens,
 * the audit log shows the three verdicts, the day's total survives a worker restart, "Ask the
 * rules" answers without a window, and a rollback to the defaults takes effect at once.
 */
import type { Page } from '@playwright/test';
import { type Address, createPublicClient, type Hex, http, parseEther, toHex } from 'viem';
import { stopServiceWorkers } from './chromium';
import {
  approvalWindow,
  approvalWindowsClosed,
  approve,
  connectDapp,
  fakeSite,
  pagesOpenedDuring,
  reject,
  startRequest,
} from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import { ACCOUNTS, TEST_PASSWORD, unlockWith } from './wallet';

const TO = ACCOUNTS[1].address as Address;
const DENIED = 'https://denied.example';
const chain = () => createPublicClient({ transport: http(process.env.RINGFENCE_ANVIL_URL) });

const ETH_DAILY = {
  id: 'eth-daily',
  description: 'More than 1 ETH a day needs my password',
  when: { kind: 'send', asset: 'ETH', window: { per: '24h', total: { gt: '1' } } },
  // biome-ignore lint/suspicious/noThenProperty: a rule's verdict field (docs/rules.md), not a thenable.
  then: 'confirm-with-password',
};
// biome-ignore lint/suspicious/noThenProperty: as above.
const DENY_SITE = { id: 'deny-denied-site', when: { origin: DENIED }, then: 'deny' };

async function mined(hash: unknown): Promise<void> {
  const receipt = await chain().waitForTransactionReceipt({
    hash: hash as Hex,
    timeout: 30_000,
    pollingInterval: 200,
  });
  expect(receipt.status).toBe('success');
}

async function openRules(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Rules', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Rules', exact: true })).toBeVisible();
}

test('rules: a 24 h ETH limit asks for the password, a denied site gets 4001 without a window, totals survive a restart, rollback works at once', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  test.setTimeout(300_000);
  await connectDapp(context, extensionId, popup, dapp);
  const site = new URL(dapp.url()).origin;
  const send = () =>
    startRequest(dapp, 'eth_sendTransaction', [
      { from: ANVIL_ACCOUNT_0, to: TO, value: toHex(parseEther('0.6')) },
    ]);

  // The Rules screen: a bad file is refused naming the field, and version 1 stays.
  await openRules(popup);
  await expect(popup.getByRole('heading', { name: /Active rules — version 1/ })).toBeVisible();
  const field = popup.getByLabel('Rule set (JSON)', { exact: true });
  const defaults = JSON.parse(await field.inputValue()) as { rules: unknown[] };
  const typo = { ...DENY_SITE, id: 'typo', when: { amout: { gt: '1' } } };
  await field.fill(JSON.stringify({ ...defaults, rules: [...defaults.rules, typo] }));
  await popup.getByRole('button', { name: 'Save rules' }).click();
  await expect(popup.getByRole('alert')).toContainText(`rules[${defaults.rules.length}].when.amout`);
  await expect(popup.getByRole('heading', { name: /Active rules — version 1/ })).toBeVisible();
  await field.fill(
    JSON.stringify({ ...defaults, name: 'My rules', rules: [...defaults.rules, ETH_DAILY, DENY_SITE] }),
  );
  await popup.getByLabel('Why (optional)').fill('a daily ETH limit');
  await popup.getByRole('button', { name: 'Save rules' }).click();
  await expect(popup.getByRole('heading', { name: /Active rules — version 2/ })).toBeVisible();
  await expect(
    popup.getByText(/^eth-daily: More than 1 ETH a day needs my password → confirm-with-password/),
  ).toBeVisible();

  // 0.6 ETH: the normal card (24 h total 0.6 ≤ 1), no password.
  let pending = send();
  let approval = await approvalWindow(context, extensionId, site);
  await expect(approval.locator('.summary li').filter({ hasText: /^Send 0\.6 ETH to / })).toBeVisible({
    timeout: 30_000,
  });
  await expect(approval.getByLabel('Password', { exact: true })).toHaveCount(0);
  await approve(approval);
  let answer = await pending;
  expect(answer.code, answer.message).toBeUndefined();
  await mined(answer.result);
  await approvalWindowsClosed(context, extensionId);

  // A second 0.6 ETH: 1.2 ETH in 24 h, so the card asks for the password and names the rule.
  pending = send();
  approval = await approvalWindow(context, extensionId, site);
  const password = approval.getByLabel('Password', { exact: true });
  await expect(password).toBeVisible({ timeout: 30_000 });
  await expect(approval.getByText(/The rule eth-daily asks for your password/)).toBeVisible();
  await expect(approval.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await approval.getByText('Why?', { exact: true }).click();
  await expect(approval.getByText(/24h total with this one 1\.2 ETH > 1/).first()).toBeVisible();
  await password.fill('not the password');
  await approve(approval);
  await expect(approval.getByRole('alert')).toContainText(/password/i);
  await password.fill(TEST_PASSWORD);
  await approve(approval);
  answer = await pending;
  expect(answer.code, answer.message).toBeUndefined();
  await mined(answer.result);
  await approvalWindowsClosed(context, extensionId);

  // A denied origin: 4001 naming the rule, and no window at all.
  const denied = await fakeSite(context, DENIED);
  const { answer: refused, opened } = await pagesOpenedDuring(context, () =>
    startRequest(denied, 'eth_requestAccounts'),
  );
  expect(refused.code).toBe(4001);
  expect(refused.message).toContain('"deny-denied-site"');
  expect(opened).toEqual([]);

  // The audit log has all three verdicts.
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await popup.getByRole('button', { name: 'Audit log' }).click();
  await expect(popup.getByText(`${site} send: confirm (no rule matched)`)).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByText(`${site} send: confirm-with-password by eth-daily`)).toBeVisible();
  await expect(
    popup.getByText(`${DENIED} any request: deny by deny-denied-site, before any window`),
  ).toBeVisible();

  // A worker restart: locked again; after the unlock the day's 1.2 ETH still counts.
  await stopServiceWorkers(popup);
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Unlock' })).toBeVisible({ timeout: 15_000 });
  await unlockWith(popup, TEST_PASSWORD);
  await expect(popup.getByText(ACCOUNTS[0].address, { exact: true })).toBeVisible({ timeout: 30_000 });
  pending = send();
  approval = await approvalWindow(context, extensionId, site);
  await expect(approval.getByLabel('Password', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(approval.getByText(/The rule eth-daily asks for your password/)).toBeVisible();
  await reject(approval);
  expect((await pending).code).toBe(4001);
  await approvalWindowsClosed(context, extensionId);

  // Ask the rules: the verdict as text, and no window opens.
  await openRules(popup);
  const asked = await pagesOpenedDuring(
    context,
    async () => {
      await popup.getByLabel('Origin', { exact: true }).fill(site);
      await popup.getByLabel('Kind', { exact: true }).selectOption('send');
      await popup.getByLabel('To (optional)').fill(TO);
      await popup.getByLabel('Amount (optional)').fill('0.6');
      await popup.getByRole('button', { name: 'Ask', exact: true }).click();
      await expect(popup.getByText('Verdict: confirm-with-password')).toBeVisible();
      await expect(popup.getByText(/24h total with this one 1\.8 ETH > 1/)).toBeVisible();
    },
    1_000,
  );
  expect(asked.opened).toEqual([]);

  // Roll back to version 1 (the defaults): at once, the next 0.6 ETH gets the normal card. The
  // defaults' own ETH daily limit applies on mainnet and the large rollups only (DAILY_LIMIT_CHAINS),
  // not on this local chain (31337), so 1.8 ETH in 24 h asks for no password any more.
  await popup
    .getByRole('listitem')
    .filter({ hasText: /^Version 1 · / })
    .getByRole('button', { name: 'Roll back' })
    .click();
  await expect(popup.getByRole('heading', { name: /Active rules — version 3/ })).toBeVisible();
  await expect(popup.getByText(/^eth-daily:/)).toHaveCount(0);
  pending = send();
  approval = await approvalWindow(context, extensionId, site);
  await expect(approval.locator('.summary li').filter({ hasText: /^Send 0\.6 ETH to / })).toBeVisible({
    timeout: 30_000,
  });
  await expect(approval.getByLabel('Password', { exact: true })).toHaveCount(0);
  await approve(approval);
  answer = await pending;
  expect(answer.code, answer.message).toBeUndefined();
  await mined(answer.result);
});
