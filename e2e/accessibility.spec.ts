/**
 * Accessibility (issue 11): axe-core (WCAG 2.1 A/AA rules) on every screen of the popup and on an
 * approval window, in light and dark colour schemes. A serious or critical violation fails the
 * test with the rule, the element and axe's explanation, so the report says what to fix.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { approvalWindow, startRequest } from './dapp';
import { expect, test } from './fixtures';
import { importTestWallet, lockWallet, TEST_PASSWORD } from './wallet';

type Violation = { id: string; impact?: string; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in an isolated world of the page (CDP): the wallet's pages run SES lockdown, whose
 * frozen intrinsics axe cannot patch in the page's own world; the DOM it reads is the same.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'axe',
    });
    const options = JSON.stringify({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `${axe.source}\n;axe.run(document, ${options}).then((r) => JSON.stringify(r.violations))`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`axe: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return JSON.parse(result.value as string) as Violation[];
  } finally {
    await cdp.detach();
  }
}

async function expectAccessible(page: Page, screen: string) {
  const violations = await axeViolations(page);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact}) — ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: every popup screen and an approval window, ${colorScheme} scheme, no serious or critical violation`, async ({
    popup,
    dapp,
    context,
    extensionId,
  }) => {
    test.setTimeout(180_000); // axe on sixteen screens takes ~17 s here, more on a loaded machine
    await popup.emulateMedia({ colorScheme });
    await dapp.emulateMedia({ colorScheme });
    await expect(button(popup, 'Create a new wallet')).toBeVisible();
    await expectAccessible(popup, 'Welcome');
    await button(popup, 'Create a new wallet').click();
    await expect(popup.getByRole('heading').first()).toBeVisible();
    await expectAccessible(popup, 'Create');
    await button(popup, 'I wrote it down').click();
    await expect(popup.getByRole('radio', { name: 'Phrase only' })).toBeChecked();
    await expectAccessible(popup, 'Create: protect (custody choice)');
    await popup.reload();
    await button(popup, 'Import a wallet').click();
    await expect(popup.getByLabel('Secret recovery phrase')).toBeVisible();
    await expectAccessible(popup, 'Import');

    await popup.reload();
    await importTestWallet(popup);
    await expectAccessible(popup, 'Home');
    for (const [open, screen] of [
      ['Receive', 'Receive'],
      ['Send', 'Send'],
      ['Settings', 'Settings'],
      ['Guardians', 'Guardians'],
      ['Connected sites', 'Connected sites'],
      ['Activity', 'Activity'],
      ['Audit log', 'Audit log'],
      ['Rules', 'Rules'],
      ['Address book', 'Address book'],
    ] as const) {
      await button(popup, open).click();
      await expect(button(popup, 'Back').first()).toBeVisible();
      await expectAccessible(popup, screen);
      await button(popup, 'Back').first().click();
      await expect(button(popup, 'Lock')).toBeVisible();
    }

    const pending = startRequest(dapp, 'eth_requestAccounts');
    const window = await approvalWindow(context, extensionId, new URL(dapp.url()).origin);
    await window.emulateMedia({ colorScheme });
    await expect(button(window, 'Approve')).toBeVisible();
    await expectAccessible(window, 'Approval window (connect)');
    await button(window, 'Reject').click();
    expect((await pending).code).toBe(4001);

    await lockWallet(popup);
    await expect(popup.getByLabel('Password', { exact: true })).toBeVisible();
    await expectAccessible(popup, 'Unlock');
    await popup.getByLabel('Password', { exact: true }).fill(`${TEST_PASSWORD}x`);
    await button(popup, 'Unlock').click();
    await expect(popup.getByRole('alert')).toContainText('password');
    await expectAccessible(popup, 'Unlock (wrong password)');
  });
}
