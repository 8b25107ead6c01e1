/**
 * The popup journeys in Firefox ESR (issue 11): the built extension (dist/firefox, event page) in a
 * real Firefox driven by puppeteer-core over WebDriver BiDi, mirroring the Chromium specs
 * vault-and-accounts and connect-and-sign. popup.html is opened in a tab by the extension itself
 * (BiDi refuses to navigate to moz-extension://); the approval window is the popup-type window the
 * event page opens with windows.create, which BiDi reports as one more top-level browsing context.
 * Everything is found by its accessible name (CONTRACT.md), through Firefox's accessibility tree.
 */
import { expect, test } from '@playwright/test';
import { recoverMessageAddress } from 'viem';
import { type LaunchedFirefox, launchFirefoxWithExtension } from './firefox';
import {
  alertText,
  click,
  demoUrl,
  expectButton,
  type FirefoxPage,
  field,
  fill,
  isChecked,
  openDemo,
  startRequest,
  waitForBackground,
  waitForClosed,
  waitForNoText,
  waitForText,
} from './firefoxPopup';
import { ACCOUNTS, TEST_PASSWORD, TEST_PHRASE } from './wallet';
import { withTimeout } from './withTimeout';

const [ACCOUNT_0, ACCOUNT_1] = [ACCOUNTS[0].address, ACCOUNTS[1].address];

/** First run → Import a wallet → the test phrase and password → account 0, checksummed, and Lock. */
async function importInPopup(firefox: LaunchedFirefox): Promise<FirefoxPage> {
  const popup = await firefox.openExtensionPage('popup.html');
  await click(popup, 'Import a wallet');
  await fill(popup, 'Secret recovery phrase', TEST_PHRASE);
  await fill(popup, 'Password', TEST_PASSWORD);
  await fill(popup, 'Confirm password', TEST_PASSWORD);
  await click(popup, 'Import');
  await waitForText(popup, ACCOUNT_0, 30_000);
  await expectButton(popup, 'Lock');
  return popup;
}

test('Firefox popup: import shows account 0; Lock, a wrong password alerts, the right one unlocks; Add account derives index 1; after the event page ends, it comes back locked', async () => {
  test.setTimeout(150_000);
  const firefox = await launchFirefoxWithExtension();
  try {
    const popup = await importInPopup(firefox);

    await click(popup, 'Lock');
    await expectButton(popup, 'Unlock');
    await waitForNoText(popup, ACCOUNT_0);

    await fill(popup, 'Password', 'not the password');
    await click(popup, 'Unlock');
    expect(await alertText(popup, 'password')).toMatch(/password/i);
    // The refused password is not left in the field.
    const password = await field(popup, 'Password');
    expect(await password.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    await password.dispose();
    await waitForNoText(popup, ACCOUNT_0);

    await fill(popup, 'Password', TEST_PASSWORD);
    await click(popup, 'Unlock');
    await waitForText(popup, ACCOUNT_0, 30_000);

    await click(popup, 'Add account');
    await waitForText(popup, ACCOUNT_1);
    await waitForText(popup, ACCOUNT_0);

    // The keys live only in the event page's memory: once Firefox ends it, the wallet is locked.
    await firefox.terminateBackground();
    expect(await waitForBackground(firefox, 'STOPPED', 10_000)).toBe('STOPPED');
    // Reopening the popup (it reloads itself: BiDi may not navigate to moz-extension://) wakes the
    // event page through runtime.connect.
    await withTimeout(
      popup.evaluate(() => location.reload()),
      10_000,
      'reloading the popup',
    );
    await expectButton(popup, 'Unlock');
    await waitForNoText(popup, ACCOUNT_0);
    await fill(popup, 'Password', TEST_PASSWORD);
    await click(popup, 'Unlock');
    await waitForText(popup, ACCOUNT_0, 30_000);
    await waitForText(popup, ACCOUNT_1);
  } finally {
    await firefox.close();
  }
});

test('Firefox popup: a site connects (Reject → 4001, then Approve → the account) and personal_sign on the approval window recovers to it; Reject → 4001', async () => {
  test.setTimeout(180_000);
  const firefox = await launchFirefoxWithExtension();
  try {
    await importInPopup(firefox);
    const dapp = await openDemo(firefox);
    const origin = new URL(demoUrl()).origin;
    expect(await (await startRequest(dapp, 'eth_accounts'))()).toEqual({ result: [] });

    const refused = await startRequest(dapp, 'eth_requestAccounts');
    const refusedWindow = await firefox.extensionPage('approval.html');
    await waitForText(refusedWindow, origin);
    await click(refusedWindow, 'Reject');
    expect((await refused()).code).toBe(4001);
    // The queue is empty, so the window closes; the next request opens a new one (CONTRACT.md).
    await waitForClosed(refusedWindow, 'the rejected connect window');
    expect(await (await startRequest(dapp, 'eth_accounts'))()).toEqual({ result: [] });

    const connected = await startRequest(dapp, 'eth_requestAccounts');
    const connectWindow = await firefox.extensionPage('approval.html', { except: [refusedWindow] });
    await waitForText(connectWindow, origin);
    expect(await isChecked(connectWindow, ACCOUNT_0), 'account 0 offered and ticked').toBe(true);
    await click(connectWindow, 'Approve');
    expect(await connected()).toEqual({ result: [ACCOUNT_0] });
    expect(await (await startRequest(dapp, 'eth_accounts'))()).toEqual({ result: [ACCOUNT_0] });
    await waitForClosed(connectWindow, 'the connect window');

    const text = 'Sign this to prove it is you, from Firefox';
    const hex = `0x${Buffer.from(text).toString('hex')}`;
    const signed = await startRequest(dapp, 'personal_sign', [hex, ACCOUNT_0]);
    const signWindow = await firefox.extensionPage('approval.html', {
      except: [refusedWindow, connectWindow],
    });
    await waitForText(signWindow, origin);
    await waitForText(signWindow, text);
    await click(signWindow, 'Approve');
    const answer = await signed();
    expect(answer.code, answer.message).toBeUndefined();
    expect(answer.result).toMatch(/^0x[0-9a-f]{130}$/);
    const signer = await recoverMessageAddress({ message: text, signature: answer.result as `0x${string}` });
    expect(signer).toBe(ACCOUNT_0);
    await waitForClosed(signWindow, 'the sign window');

    const declined = await startRequest(dapp, 'personal_sign', [hex, ACCOUNT_0]);
    const declineWindow = await firefox.extensionPage('approval.html', {
      except: [refusedWindow, connectWindow, signWindow],
    });
    await waitForText(declineWindow, text);
    await click(declineWindow, 'Reject');
    const refusal = await declined();
    expect(refusal.result).toBeUndefined();
    expect(refusal.code).toBe(4001);
  } finally {
    await firefox.close();
  }
});
