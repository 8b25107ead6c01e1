/** Zips a directory deterministically (sorted entries, fixed timestamps) with fflate. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

function listFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

export function zipDirectory(dir, zipPath) {
  const entries = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const file of listFiles(dir)) entries[relative(dir, file)] = [readFileSync(file), { level: 9, mtime }];
  writeFileSync(zipPath, zipSync(entries));
}
