import { defineConfig } from '@playwright/test';

// E2E: the built extension in Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core over
// WebDriver BiDi). global-setup starts one anvil (127.0.0.1:8545, the wallet's default network)
// and the demo dapp; every test gets its own fresh browser profile.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
  // Not test-results/ itself: Playwright empties its outputDir, and the unit report lives there.
  outputDir: 'test-results/e2e-artifacts',
});
