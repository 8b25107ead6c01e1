/**
 * Launches Debian's Chromium with the built extension (dist/chrome) through Playwright, the way
 * TESTING.md found to work on these machines, and finds the extension's worker and id. Shared by
 * `npm start`, the e2e tests and the benchmark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', 'dist', 'chrome');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extensionDir = EXTENSION_DIR) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // Without these the closed network here floods Chromium with refused connections.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * `profileDir` keeps the profile (npm start); without it a fresh one is made and removed on close.
 * `extraArgs` are appended to the usual flags (e.g. a test's `--host-resolver-rules=…`); `env` is added
 * to the browser's environment.
 */
export async function launchWithExtension({
  headless = true,
  profileDir,
  extensionDir = EXTENSION_DIR,
  extraArgs = [],
  env = {},
} = {}) {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'ringfence-profile-'));
  const removeProfile = () => profileDir || rmSync(profile, { recursive: true, force: true });
  let context;
  let worker;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: [...chromiumArgs(extensionDir), ...extraArgs],
      // The UI language on Linux comes from LANGUAGE/LANG (e2e/german.spec.ts sets them).
      env: { ...process.env, ...env },
      viewport: headless ? { width: 1100, height: 800 } : null,
    });
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  } catch (error) {
    await context?.close().catch(() => {});
    removeProfile();
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close().catch(() => {});
      removeProfile();
    },
  };
}
