#!/usr/bin/env node
/**
 * Runs Biome (lint + format) from its Linux x64 binary package. We depend on that package directly
 * (as an optional dependency) instead of @biomejs/biome, whose other-platform optional packages
 * are not on this registry mirror and make `npm ci` reject the lockfile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const binary = resolve(import.meta.dirname, '..', 'node_modules', '@biomejs', 'cli-linux-x64', 'biome');
if (!existsSync(binary)) {
  console.error(
    `biome: ${binary} is missing (this platform is ${process.platform}-${process.arch}; Biome is installed for linux-x64)`,
  );
  process.exit(1);
}
const { status } = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
process.exit(status ?? 1);
