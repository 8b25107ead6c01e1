import { defineConfig } from 'vitest/config';

// Unit tests only: everything under src/ (browser-free). e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'extension/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
