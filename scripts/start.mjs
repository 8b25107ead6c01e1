#!/usr/bin/env node
/**
 * `npm start`: installs what is missing, builds the extension and the demo dapp, starts anvil
 * (127.0.0.1:8545, chain id 31337) and the demo dapp, and opens Chromium with Ringfence loaded —
 * headed when there is a display, headless otherwise (then it reports what the dapp and the popup
 * show, with screenshots). Ctrl-C stops everything it started. `--smoke` stops after the report.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { setup } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
const smoke = process.argv.includes('--smoke');
const headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.argv.includes('--headless');

setup({ firefox: false });
const { buildAll } = await import('./build.mjs');
const { startAnvil } = await import('./anvil.mjs');
const { serveStatic } = await import('./serve.mjs');
const { launchWithExtension } = await import('./chromium.mjs');

const stops = [];
async function stopAll(code = 0) {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  await buildAll({ demo: true });
  const anvil = await startAnvil({ port: 8545 });
  stops.push(anvil.stop);
  console.log(`start: anvil (chain id 31337) at ${anvil.url}`);
  const demo = await serveStatic(resolve(root, 'dist/demo'), 5173).catch(() =>
    serveStatic(resolve(root, 'dist/demo')),
  );
  stops.push(demo.close);
  console.log(`start: demo dapp at ${demo.url}`);

  const profileDir = resolve(root, '.tmp', 'chromium-profile');
  mkdirSync(profileDir, { recursive: true });
  const browser = await launchWithExtension({ headless, profileDir });
  stops.push(browser.close);
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  console.log(
    `start: Chromium ${headless ? '(headless, no display found)' : ''} with Ringfence ${browser.extensionId}`,
  );
  console.log(`start: wallet UI at ${popupUrl} (profile ${profileDir})`);

  const dapp = await browser.context.newPage();
  await dapp.goto(demo.url);
  const popup = await browser.context.newPage();
  await popup.goto(popupUrl);

  if (headless) {
    await dapp
      .locator('#status')
      .filter({ hasText: /ok|error/ })
      .waitFor({ timeout: 15_000 });
    const read = (id) => dapp.locator(`#${id}`).textContent();
    console.log(`start: the dapp sees wallets: ${await read('wallets')}`);
    console.log(
      `start: the dapp reads chain id ${await read('chain-id')}, block ${await read('block-number')}`,
    );
    console.log(
      `start: balance of ${await read('watched-address')}: ${await read('balance')} (${await read('status')})`,
    );
    const shots = resolve(root, '.tmp', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await dapp.screenshot({ path: resolve(shots, 'dapp.png') });
    await popup.screenshot({ path: resolve(shots, 'popup.png') });
    console.log(`start: screenshots in ${shots} (dapp.png, popup.png)`);
  }
  if (smoke) await stopAll(0);
  console.log('start: running. Press Ctrl-C to stop anvil, the dapp server and Chromium.');
} catch (error) {
  console.error(`start: ${error.message}`);
  await stopAll(1);
}
