/**
 * Guardian recovery with paper envelopes (CONTRACT.md "guardians", "recovery"): the test phrase
 * is split 2-of-3 on profile A; any two envelopes restore account 0 on a fresh profile, and every
 * bad set (too few, a duplicate, envelopes of two splits, a tampered one) is refused with an alert
 * and leaves the wallet uninitialized.
 */
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import {
  expectRefused,
  openProfile,
  openRecover,
  openSetUp,
  type Profile,
  RECOVERED_PASSWORD,
  split,
  submitShares,
  tamper,
} from './guardians';
import { importTestWallet, TEST_PASSWORD } from './wallet';

test('paper envelopes: any 2 of 3 restore the wallet; bad sets are refused', async ({ popup }) => {
  test.setTimeout(300_000);
  const profiles: Profile[] = [];
  try {
    await importTestWallet(popup);
    await openSetUp(popup);
    // The form's defaults are the contract's example: 2 of 3.
    await expect(popup.getByLabel('Threshold', { exact: true })).toHaveValue('2');
    await expect(popup.getByLabel('Number of guardians', { exact: true })).toHaveValue('3');
    const shares = await split(popup, { threshold: 2, count: 3, password: TEST_PASSWORD });
    expect(new Set(shares).size).toBe(3);
    for (const share of shares) expect(share).toMatch(/^rfshare1/i);
    await expect(popup.getByText(/anyone with 2 of these can take your funds/i)).toBeVisible();
    // The password field is cleared once sent (it is not on the result screen at all).
    await expect(popup.getByLabel('Password', { exact: true })).toHaveCount(0);
    const [s1, s2, s3] = shares as [string, string, string];

    for (const set of [
      [s1, s2],
      [s3, s1],
    ]) {
      const fresh = await openProfile();
      profiles.push(fresh);
      await openRecover(fresh.popup);
      await submitShares(fresh.popup, set, RECOVERED_PASSWORD);
      await expect(fresh.popup.getByText(ANVIL_ACCOUNT_0, { exact: true })).toBeVisible({ timeout: 30_000 });
      await expect(fresh.popup.getByRole('button', { name: 'Lock' })).toBeVisible();
    }

    // A second split of the same phrase: a new epoch, whose envelopes do not mix with the first.
    await openSetUp(popup);
    await expect(popup.getByText(/a new split makes the old envelopes useless/i)).toBeVisible();
    const [n1] = (await split(popup, { threshold: 2, count: 3, password: TEST_PASSWORD })) as [string];
    expect(shares).not.toContain(n1);

    const refusing = await openProfile();
    profiles.push(refusing);
    const bad: Array<[string, string[]]> = [
      ['one share only', [s1]],
      ['the same share twice', [s2, s2]],
      ['shares of two splits', [n1, s2]],
      ['a tampered share', [s1, tamper(s2)]],
    ];
    for (const [what, set] of bad) {
      await test.step(what, async () => {
        await openRecover(refusing.popup);
        await submitShares(refusing.popup, set, RECOVERED_PASSWORD);
        await expectRefused(refusing.popup);
      });
    }
  } finally {
    for (const profile of profiles) await profile.launched.close();
  }
});

test('Set up guardians refuses a threshold above the number of guardians before calling', async ({
  popup,
}) => {
  await importTestWallet(popup);
  await openSetUp(popup);
  await popup.getByLabel('Threshold', { exact: true }).fill('4');
  await popup.getByLabel('Number of guardians', { exact: true }).fill('3');
  await popup.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await popup.getByRole('button', { name: 'Split', exact: true }).click();
  await expect(popup.getByRole('alert').filter({ hasText: /threshold/i })).toBeVisible();
  await expect(popup.getByLabel('Guardian share 1', { exact: true })).toHaveCount(0);
});
