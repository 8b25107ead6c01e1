/**
 * Guardian recovery with sealed envelopes (CONTRACT.md "sealed guardians", "guardian side",
 * "recovery request", "health check"). B and C are guardians with wallets of their own; A (the
 * test phrase) splits 2-of-3 sealing envelopes 1 and 2 to their guardian codes (3 is paper).
 * A fresh browser D makes a recovery request, which survives a browser restart; B and C release
 * their shares to it; D recovers account 0 and signs. Then A health-checks B, B deletes the
 * envelope, and the next check fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { recoverMessageAddress } from 'viem';
import { parseEnvelope } from '../src/recovery/index.js';
import { launchWithExtension, newWindowPage } from './chromium';
import { approvalWindow, approvalWindowsClosed, approve, startRequest } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';
import {
  importPhrase,
  openProfile,
  openSetUp,
  type Profile,
  RECOVERED_PASSWORD,
  split,
  submitShares,
} from './guardians';
import { dumpStorage, holdsBytes } from './storageDump';
import { importTestWallet, TEST_PASSWORD, TEST_PHRASE } from './wallet';

const GUARDIAN_PASSWORD = 'guardian wallet 1';

/** Home → Be a guardian: the code (read-only field) and its words; back home. */
async function guardianCode(popup: Page): Promise<{ code: string; words: string }> {
  await popup.getByRole('button', { name: 'Be a guardian' }).click();
  const field = popup.getByLabel('Guardian code', { exact: true });
  await expect(field).toHaveValue(/\S/, { timeout: 15_000 });
  await expect(field).toHaveJSProperty('readOnly', true);
  const code = (await field.inputValue()).trim();
  const words = (
    (await popup
      .getByText(/^Your words:/)
      .locator('strong')
      .textContent()) ?? ''
  ).trim();
  expect(words).toMatch(/\S/);
  await popup.getByRole('button', { name: 'Back' }).click();
  return { code, words };
}

/** Home → Guardian inbox (from home, or from the inbox itself after Back). */
async function openInbox(popup: Page): Promise<void> {
  const back = popup.getByRole('button', { name: 'Back', exact: true });
  if (await popup.getByRole('heading', { name: 'Guardian inbox' }).isVisible()) await back.click();
  await popup.getByRole('button', { name: 'Guardian inbox', exact: true }).click();
  await expect(popup.getByLabel('Envelope', { exact: true })).toBeVisible();
}

async function keep(popup: Page, envelope: string): Promise<void> {
  await popup.getByLabel('Envelope', { exact: true }).fill(envelope);
  await popup.getByRole('button', { name: 'Keep envelope' }).click();
}

/** In the inbox: releases kept share `index` of 3 to `requestCode`; checks the request's words. */
async function release(
  popup: Page,
  index: number,
  requestCode: string,
  requestWords: string,
): Promise<string> {
  const item = popup.getByRole('listitem').filter({ hasText: `Share ${index} of 3` });
  await item.getByRole('button', { name: 'Release', exact: true }).click();
  await item.getByLabel('Recovery request code', { exact: true }).fill(requestCode);
  await item.getByRole('button', { name: 'Release share' }).click();
  const released = item.getByLabel('Released share', { exact: true });
  await expect(released).toHaveValue(/\S/, { timeout: 15_000 });
  await expect(released).toHaveJSProperty('readOnly', true);
  await expect(item.getByText(/check the owner reads you these words/i)).toContainText(requestWords);
  return (await released.inputValue()).trim();
}

/** Guardian inbox → Answer challenge: the Response, or null when the wallet refused with an alert. */
async function answer(popup: Page, challenge: string): Promise<string | null> {
  await openInbox(popup);
  await popup.getByRole('button', { name: 'Answer challenge' }).click();
  await popup.getByLabel('Challenge', { exact: true }).fill(challenge);
  await popup.getByRole('button', { name: 'Answer', exact: true }).click();
  const response = popup.getByLabel('Response', { exact: true });
  const alert = popup.getByRole('alert');
  await expect(response.or(alert).first()).toBeVisible({ timeout: 15_000 });
  if (await alert.isVisible()) return null;
  await expect(response).toHaveJSProperty('readOnly', true);
  return (await response.inputValue()).trim();
}

test('sealed envelopes: guardians keep, release to a recovery request, and answer health checks', async ({
  popup: a,
  launched,
  demoUrl,
}) => {
  test.setTimeout(360_000);
  const profiles: Profile[] = [];
  const dProfileDir = mkdtempSync(join(tmpdir(), 'ringfence-recovering-'));
  let d: Profile | undefined;
  try {
    const [b, c] = [await openProfile(), await openProfile()];
    profiles.push(b, c);
    const guardianPhrases = [generateMnemonic(wordlist), generateMnemonic(wordlist)] as const;
    await importPhrase(b.popup, guardianPhrases[0], GUARDIAN_PASSWORD);
    await importPhrase(c.popup, guardianPhrases[1], GUARDIAN_PASSWORD);
    const bCode = await guardianCode(b.popup);
    const cCode = await guardianCode(c.popup);
    expect(bCode.code).not.toBe(cCode.code);

    await importTestWallet(a);
    await openSetUp(a);
    const shares = await split(a, {
      threshold: 2,
      count: 3,
      password: TEST_PASSWORD,
      codes: [bCode.code, cCode.code, ''],
    });
    // Each sealed envelope names the words its guardian sees on Be a guardian.
    for (const { words } of [bCode, cCode])
      await expect(a.getByText(/their screen shows/i).filter({ hasText: words })).toBeVisible();
    const [forB, forC] = shares as [string, string, string];

    await openInbox(b.popup);
    // An envelope sealed to C does not open with B's key.
    await keep(b.popup, forC);
    await expect(b.popup.getByRole('alert')).toBeVisible({ timeout: 15_000 });
    await keep(b.popup, forB);
    await expect(b.popup.getByRole('listitem').filter({ hasText: 'Share 1 of 3' })).toBeVisible({
      timeout: 15_000,
    });
    await openInbox(c.popup);
    await keep(c.popup, forC);
    await expect(c.popup.getByRole('listitem').filter({ hasText: 'Share 2 of 3' })).toBeVisible({
      timeout: 15_000,
    });

    // D: a new browser asks its guardians; the request outlives closing the browser.
    d = await launchD(dProfileDir);
    await d.popup.getByRole('button', { name: 'Recover with guardians' }).click();
    await d.popup.getByRole('button', { name: 'Ask guardians' }).click();
    await d.popup.getByLabel('Password', { exact: true }).fill(RECOVERED_PASSWORD);
    await d.popup.getByLabel('Confirm password', { exact: true }).fill(RECOVERED_PASSWORD);
    await d.popup.getByRole('button', { name: 'Create request' }).click();
    const codeField = d.popup.getByLabel('Recovery request code', { exact: true });
    await expect(codeField).toHaveValue(/\S/, { timeout: 30_000 });
    await expect(codeField).toHaveJSProperty('readOnly', true);
    const requestCode = (await codeField.inputValue()).trim();
    const requestWords = await readRequestWords(d.popup);
    await d.launched.close();
    d = await launchD(dProfileDir);
    await d.popup.getByRole('button', { name: 'Recover with guardians' }).click();
    await expect(d.popup.getByLabel('Recovery request code', { exact: true })).toHaveValue(requestCode, {
      timeout: 15_000,
    });
    expect(await readRequestWords(d.popup)).toBe(requestWords);

    const fromB = await release(b.popup, 1, requestCode, requestWords);
    const fromC = await release(c.popup, 2, requestCode, requestWords);
    await submitShares(d.popup, [fromB, fromC], RECOVERED_PASSWORD);
    await expect(d.popup.getByText(ANVIL_ACCOUNT_0, { exact: true })).toBeVisible({ timeout: 30_000 });

    // The recovered wallet signs.
    const dapp = await newWindowPage(d.launched.context);
    await dapp.goto(demoUrl);
    const connecting = startRequest(dapp, 'eth_requestAccounts');
    await approve(await approvalWindow(d.launched.context, d.launched.extensionId, new URL(demoUrl).origin));
    expect((await connecting).result).toEqual([ANVIL_ACCOUNT_0]);
    await approvalWindowsClosed(d.launched.context, d.launched.extensionId);
    const text = 'Recovered by my guardians';
    const signing = startRequest(dapp, 'personal_sign', [
      `0x${Buffer.from(text).toString('hex')}`,
      ANVIL_ACCOUNT_0,
    ]);
    await approve(await approvalWindow(d.launched.context, d.launched.extensionId));
    const { result } = await signing;
    expect(await recoverMessageAddress({ message: text, signature: result as `0x${string}` })).toBe(
      ANVIL_ACCOUNT_0,
    );

    // Health check: A challenges guardian 1 (B), B answers, A verifies.
    await a.getByRole('button', { name: 'Done', exact: true }).click();
    await a.getByLabel('Guardian to check', { exact: true }).selectOption('1');
    await a.getByRole('button', { name: 'Check guardian', exact: true }).click();
    const challengeField = a.getByLabel('Challenge', { exact: true });
    await expect(challengeField).toHaveValue(/\S/, { timeout: 15_000 });
    await expect(challengeField).toHaveJSProperty('readOnly', true);
    const response = await answer(b.popup, (await challengeField.inputValue()).trim());
    expect(response, 'B answered the challenge').not.toBeNull();
    await a.getByLabel('Response', { exact: true }).fill(response ?? '');
    await a.getByRole('button', { name: 'Verify' }).click();
    await expect(a.getByText(/confirmed/i)).toBeVisible({ timeout: 15_000 });

    // B deletes the envelope (confirming first); the next check fails with an alert on either side.
    await openInbox(b.popup);
    const item = b.popup.getByRole('listitem').filter({ hasText: 'Share 1 of 3' });
    await item.getByRole('button', { name: 'Delete envelope' }).click();
    await item.getByRole('button', { name: 'Confirm delete' }).click();
    await expect(item).toHaveCount(0, { timeout: 15_000 });

    const old = await challengeField.inputValue();
    await a.getByRole('button', { name: 'New challenge' }).click();
    await expect(challengeField).not.toHaveValue(old, { timeout: 15_000 });
    await expect(challengeField).toHaveValue(/\S/);
    const after = await answer(b.popup, (await challengeField.inputValue()).trim());
    if (after !== null) {
      await a.getByLabel('Response', { exact: true }).fill(after);
      await a.getByRole('button', { name: 'Verify' }).click();
      await expect(a.getByRole('alert')).toBeVisible({ timeout: 15_000 });
    }

    // Canary scan: no profile stores the phrase, its entropy, or the paper share in clear (the
    // guardians' shares exist only inside their sealed envelopes).
    const paper = parseEnvelope(shares[2]!);
    const entropy = mnemonicToEntropy(TEST_PHRASE, wordlist);
    const everyone = [
      { name: 'A', launched },
      ...profiles.map((p, i) => ({ name: 'BC'[i]!, launched: p.launched })),
    ];
    if (d) everyone.push({ name: 'D', launched: d.launched });
    for (const { name, launched: l } of everyone) {
      const dump = await dumpStorage(l.context.serviceWorkers()[0] ?? l.worker);
      const flat = dump.toLowerCase().replace(/[\s-]/g, '');
      expect(
        flat.includes(shares[2]!.toLowerCase().replace(/[\s-]/g, '')),
        `${name} stores the paper envelope`,
      ).toBe(false);
      expect(holdsBytes(dump, paper.share), `${name} stores the paper share's bytes`).toBe(false);
      expect(holdsBytes(dump, entropy), `${name} stores the entropy`).toBe(false);
      expect(dump.includes(TEST_PHRASE), `${name} stores the phrase`).toBe(false);
    }
    // …and the ring told no popup but A's split screen a share or a phrase: B, C and D saw only
    // sealed texts, codes and words; A never saw the guardians' phrases.
    for (const { name, launched: l } of everyone) {
      const said = l.ringMessages.join('\n');
      expect(l.ringMessages.length, `${name}'s popup port is recorded`).toBeGreaterThan(3);
      for (const phrase of guardianPhrases)
        expect(said.includes(phrase), `${name} was sent a guardian phrase`).toBe(false);
      const paperText = shares[2]!.toLowerCase().replace(/[\s-]/g, '');
      if (name === 'A') {
        // Control: A's split screen is a reveal screen, so the scan must find the paper envelope there.
        expect(said.toLowerCase().includes(paperText), 'the scan sees message contents').toBe(true);
        continue;
      }
      expect(said.includes(TEST_PHRASE), `${name} was sent A's phrase`).toBe(false);
      expect(
        said.toLowerCase().includes(shares[2]!.toLowerCase().replace(/[\s-]/g, '')),
        `${name} was sent the paper share`,
      ).toBe(false);
      expect(holdsBytes(said, paper.share), `${name} was sent the paper share's bytes`).toBe(false);
      expect(holdsBytes(said, entropy), `${name} was sent the entropy`).toBe(false);
    }
  } finally {
    await d?.launched.close();
    for (const profile of profiles) await profile.launched.close();
    rmSync(dProfileDir, { recursive: true, force: true });
  }
});

/** D keeps its profile across a restart (launchWithExtension removes only profiles it made). */
async function launchD(profileDir: string): Promise<Profile> {
  const launched = await launchWithExtension({ profileDir });
  const popup = await newWindowPage(launched.context);
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return { launched, popup };
}

/** The fingerprint words shown beside this browser's recovery request code. */
async function readRequestWords(popup: Page): Promise<string> {
  const words = popup.getByText(/read these words to each guardian/i).locator('strong');
  return ((await words.textContent()) ?? '').trim();
}
