/**
 * The dapp journey in Chromium: a real page (viem demo) connects, signs and sends through the
 * built extension against a real anvil; the user answers on the approval window.
 */
import { recoverMessageAddress } from 'viem';
import { approvalWindow, approve, connectDapp, reject, startRequest } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import { importTestWallet } from './wallet';

test('connect: rejected → 4001, approved → the account; eth_accounts before and after', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await importTestWallet(popup);
  const origin = new URL(dapp.url()).origin;
  expect((await startRequest(dapp, 'eth_accounts')).result).toEqual([]);
  const first = startRequest(dapp, 'eth_requestAccounts');
  const shown = await approvalWindow(context, extensionId, origin);
  await reject(shown);
  expect((await first).code).toBe(4001);
  // The queue is empty, so the window closes; the next request opens a new one (CONTRACT.md).
  await expect.poll(() => shown.isClosed(), { timeout: 15_000 }).toBe(true);
  const second = startRequest(dapp, 'eth_requestAccounts');
  const window = await approvalWindow(context, extensionId, origin);
  await expect(window.getByRole('checkbox', { name: new RegExp(ANVIL_ACCOUNT_0, 'i') })).toBeChecked();
  await approve(window);
  expect((await second).result).toEqual([ANVIL_ACCOUNT_0]);
  expect((await startRequest(dapp, 'eth_accounts')).result).toEqual([ANVIL_ACCOUNT_0]);
});

test('personal_sign shows the text and the signature recovers to the account', async ({
  context,
  extensionId,
  popup,
  dapp,
}) => {
  await connectDapp(context, extensionId, popup, dapp);
  const text = 'Sign this to prove it is you';
  const pending = startRequest(dapp, 'personal_sign', [
    `0x${Buffer.from(text).toString('hex')}`,
    ANVIL_ACCOUNT_0,
  ]);
  const window = await approvalWindow(context, extensionId);
  await expect(window.getByText(text).first()).toBeVisible();
  await approve(window);
  const { result } = await pending;
  expect(await recoverMessageAddress({ message: text, signature: result as `0x${string}` })).toBe(
    ANVIL_ACCOUNT_0,
  );
});
