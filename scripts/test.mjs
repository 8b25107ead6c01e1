#!/usr/bin/env node
/**
 * `npm test`: every test, in order — typecheck and lint, unit (Vitest), build, end-to-end
 * (Playwright driving Chromium and Firefox ESR). Installs what is missing first. Ends with one
 * `N passed, N failed` line per runner and a total, which CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { setup } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, ...env },
  });
  console.log(
    `=== ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

setup();
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const checks =
  step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) &
  step('lint', process.execPath, ['scripts/biome.mjs', 'check', '.']);
step('unit', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const built = step('build', process.execPath, ['scripts/build.mjs', '--demo']);
if (built) step('e2e', bin('playwright'), ['test'], { RINGFENCE_SKIP_BUILD: '1' });

const unit = readJson(resolve(results, 'unit.json'));
const e2e = readJson(resolve(results, 'e2e.json'));
const counts = {
  unit: unit
    ? {
        passed: unit.numPassedTests,
        failed:
          unit.numFailedTests +
          (unit.numTotalTestSuites > 0 && !unit.success && unit.numFailedTests === 0 ? 1 : 0),
      }
    : { passed: 0, failed: 1 },
  e2e: e2e
    ? { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected }
    : { passed: 0, failed: 1 },
};
if (!existsSync(resolve(results, 'e2e.json')) && built)
  console.log('e2e: Playwright wrote no report (it failed before running tests)');

console.log('\n=== summary');
let passed = 0;
let failed = checks ? 0 : 1;
if (!checks) console.log('checks: typecheck or lint failed');
for (const [runner, { passed: p, failed: f }] of Object.entries(counts)) {
  console.log(`${runner}: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
}
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && built ? 0 : 1);
