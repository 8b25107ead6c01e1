#!/usr/bin/env node
/**
 * Two builds' popups, opened alternately as the toolbar popup in one browser: is a change faster?
 * On a shared 2-core machine the same page varies by tens of ms from one minute to the next, so
 * two `npm run bench` runs cannot tell a few ms apart; opens made one after the other can. Each
 * round opens this build's popup.html, the other build's, and the empty page; the answer is the
 * median of the per-round ratios.
 *
 *   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && ln -s "$PWD/node_modules" . && npm run build)
 *   npm run build && node bench/compareFirstRender.mjs /tmp/before/dist/chrome 41
 *
 * The other build's popup.html, lockdown.js and assets/ are copied under `b/` of a copy of
 * dist/chrome, so both talk to this build's worker: compare builds whose popup procedures agree.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAnvil } from '../scripts/anvil.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { launchWithExtension, openDapp, stats } from './browser.mjs';
import { addReferencePages } from './firstRender.mjs';
import { toolbarPopup } from './toolbarPopup.mjs';

const MARK = 'ringfence:first-render';
const root = resolve(import.meta.dirname, '..');
const [other, runsArg = '41'] = process.argv.slice(2);
const runs = Number(runsArg);
if (!other || !existsSync(join(other, 'popup.html')))
  throw new Error('compareFirstRender: give the other build’s dist/chrome directory (it has no popup.html)');
if (!Number.isInteger(runs) || runs < 5)
  throw new Error(`compareFirstRender: runs: expected an integer ≥ 5, got ${runsArg}`);

const dir = mkdtempSync(join(tmpdir(), 'ringfence-compare-'));
const chrome = join(dir, 'chrome');
cpSync(join(root, 'dist/chrome'), chrome, { recursive: true });
for (const file of ['popup.html', 'lockdown.js', 'assets'])
  cpSync(join(other, file), join(chrome, 'b', file), { recursive: true });
await addReferencePages(chrome);

const pages = { this: 'popup.html', other: 'b/popup.html', empty: 'bench-floor.html' };
const anvil = await startAnvil({ port: 8545 });
const server = await serveStatic(join(root, 'dist/demo'));
const browser = await launchWithExtension({ extensionDir: chrome });
const times = { this: [], other: [], empty: [] };
try {
  const dapp = await openDapp(browser.context, server.url);
  const popup = await toolbarPopup(browser.context, dapp, browser.extensionId);
  for (let round = 0; round < runs; round++) {
    // Alternate which build goes first, so neither always follows the empty page.
    const order = round % 2 ? ['other', 'this', 'empty'] : ['this', 'other', 'empty'];
    for (const name of order) times[name].push((await popup.open(pages[name], MARK)).sinceNavigation);
  }
  await popup.close();
} finally {
  await browser.close();
  await server.close();
  await anvil.stop();
  rmSync(dir, { recursive: true, force: true });
}

const paired = (a, b) => stats(a.map((x, i) => x / b[i])).p50;
const ms = (x) => `${x.toFixed(1)} ms`;
for (const name of Object.keys(times)) {
  const s = stats(times[name]);
  console.log(`${name.padEnd(6)} p50 ${ms(s.p50)}  min ${ms(s.min)}  max ${ms(s.max)}`);
}
console.log(`this ÷ other, paired: ${paired(times.this, times.other).toFixed(3)} × (${runs} rounds)`);
console.log(
  `this ÷ empty ${paired(times.this, times.empty).toFixed(3)} ×, other ÷ empty ${paired(times.other, times.empty).toFixed(3)} ×`,
);
