#!/usr/bin/env node
/**
 * `npm run build`: Vite builds every entry into dist/chrome, then dist/firefox gets the same files
 * with its own manifest, and both are zipped (dist/ringfence-chrome.zip, dist/ringfence-firefox.zip).
 * The offline recovery page (scripts/recoverPage.mjs) goes to dist/recover.html, into both builds,
 * and to docs/recover.html (committed; scripts/recover-page.test.ts keeps it identical to a build).
 * `--demo` also builds the demo dapp into dist/demo.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { deriveManifest } from './manifest.mjs';
import { buildRecoverPage } from './recoverPage.mjs';
import { zipDirectory } from './zip.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const configFile = resolve(root, 'vite.config.ts');

export async function buildAll({ demo = false } = {}) {
  const started = Date.now();
  for (const mode of ['popup', 'approval', 'background', 'content', 'inpage', 'lockdown'])
    await build({ configFile, mode, logLevel: 'warn' });
  const recoverPage = await buildRecoverPage();
  const chrome = resolve(dist, 'chrome');
  for (const dir of [dist, chrome, resolve(root, 'docs')])
    writeFileSync(resolve(dir, 'recover.html'), recoverPage);
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const firefox = resolve(dist, 'firefox');
  writeFileSync(
    resolve(chrome, 'manifest.json'),
    `${JSON.stringify(deriveManifest(base, 'chrome'), null, 2)}\n`,
  );
  rmSync(firefox, { recursive: true, force: true });
  cpSync(chrome, firefox, { recursive: true });
  writeFileSync(
    resolve(firefox, 'manifest.json'),
    `${JSON.stringify(deriveManifest(base, 'firefox'), null, 2)}\n`,
  );
  zipDirectory(chrome, resolve(dist, 'ringfence-chrome.zip'));
  zipDirectory(firefox, resolve(dist, 'ringfence-firefox.zip'));
  if (demo) await build({ configFile, mode: 'demo', logLevel: 'warn' });
  console.log(
    `build: dist/chrome, dist/firefox and their zips, recover.html${demo ? ', dist/demo' : ''} in ${Date.now() - started} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll({ demo: process.argv.includes('--demo') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
