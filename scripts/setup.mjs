/**
 * Installs what `npm start` and `npm test` need on a fresh Debian machine: the npm dependencies
 * (npm ci) when node_modules is missing, and Debian's Chromium and Firefox ESR when absent (as root,
 * or through sudo). Only Node built-ins here: this runs before node_modules exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function run(command, args) {
  console.log(`setup: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status})`);
}

function have(binary) {
  try {
    execFileSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureSystemPackages({ firefox = true } = {}) {
  const missing = [];
  if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (firefox && !process.env.FIREFOX_PATH && !existsSync('/usr/bin/firefox-esr'))
    missing.push('firefox-esr');
  // The real Litecoin node the UTXO tests run against (src/testing/litecoind.ts).
  if (!process.env.LITECOIND_PATH && !existsSync('/usr/bin/litecoind')) missing.push('litecoind');
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !have('sudo')) {
    throw new Error(
      `setup: please install ${missing.join(' ')} (apt-get install ${missing.join(' ')}) and retry`,
    );
  }
  const apt = (args) => (asRoot ? run('apt-get', args) : run('sudo', ['apt-get', ...args]));
  apt(['update', '-qq']);
  apt(['install', '-y', '-q', ...missing]);
}

export function ensureNodeModules() {
  if (existsSync(resolve(root, 'node_modules', '.package-lock.json'))) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function setup(options) {
  ensureNodeModules();
  ensureSystemPackages(options);
}
