/**
 * Upgrade from the previous release (issue 7): a profile made by the v1 build (vault v1, shipped as
 * e2e/fixtures/ringfence-v1-chrome.zip) unlocks in the current build (dist/chrome) with its accounts,
 * and the migrated v2 vault persists. Both builds load from the SAME directory, since an unpacked
 * extension's id (and so its storage) is derived from its path. Needs no chain or demo dapp.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { EXTENSION_DIR, launchWithExtension, newWindowPage } from './chromium';
import { ACCOUNTS, importTestWallet, lockWallet, TEST_PASSWORD, unlockWith } from './wallet';

const V1_ZIP = resolve(import.meta.dirname, 'fixtures', 'ringfence-v1-chrome.zip');

function unzipInto(zipPath: string, dir: string): void {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    if (name.endsWith('/')) continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

test('a v1 profile unlocks in the new build with both accounts, and stays migrated', async () => {
  test.setTimeout(120_000);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`${EXTENSION_DIR} is missing: run \`node scripts/build.mjs\` first (npm test does)`);
  const root = mkdtempSync(join(tmpdir(), 'ringfence-upgrade-'));
  const extensionDir = join(root, 'extension');
  const profileDir = join(root, 'profile');
  mkdirSync(extensionDir);
  mkdirSync(profileDir);
  try {
    // 1. The previous release: import, add account 1, lock, close.
    unzipInto(V1_ZIP, extensionDir);
    const v1 = await launchWithExtension({ profileDir, extensionDir });
    try {
      const popup = await newWindowPage(v1.context);
      await popup.goto(`chrome-extension://${v1.extensionId}/popup.html`);
      await importTestWallet(popup);
      await popup.getByRole('button', { name: 'Add account' }).click();
      for (const { address } of ACCOUNTS.slice(0, 2))
        await expect(popup.getByText(address, { exact: true })).toBeVisible();
      await lockWallet(popup);
    } finally {
      await v1.close();
    }

    // 2. The current build in the same directory and profile.
    rmSync(extensionDir, { recursive: true, force: true });
    mkdirSync(extensionDir);
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    // A real update carries a higher version; with the same version Chromium may keep running the
    // registered (old) service worker script, and the test would prove nothing about the new ring.
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const updated = `${manifest.version}.1`;
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: updated }));
    const v2 = await launchWithExtension({ profileDir, extensionDir });
    try {
      expect(v2.extensionId).toBeTruthy();
      const version = await v2.worker.evaluate(
        () =>
          (
            globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
          ).chrome.runtime.getManifest().version,
      );
      expect(version, 'the worker runs the updated build').toBe(updated);
      const popup = await newWindowPage(v2.context);
      await popup.goto(`chrome-extension://${v2.extensionId}/popup.html`);
      await expect(popup.getByRole('button', { name: 'Unlock' })).toBeVisible({ timeout: 15_000 });
      await unlockWith(popup, TEST_PASSWORD);
      for (const { address } of ACCOUNTS.slice(0, 2))
        await expect(popup.getByText(address, { exact: true })).toBeVisible({ timeout: 30_000 });

      // The migrated (v2) vault was saved: lock and unlock again.
      await lockWallet(popup);
      await unlockWith(popup, TEST_PASSWORD);
      for (const { address } of ACCOUNTS.slice(0, 2))
        await expect(popup.getByText(address, { exact: true })).toBeVisible({ timeout: 30_000 });
    } finally {
      await v2.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
