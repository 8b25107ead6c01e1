/**
 * Static proof of the ring boundary: no file outside src/ring imports src/ring/internal (the
 * only module that can read a Labeled's value), and inside the ring only the modules that must.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RING = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(RING, '../..');
const INTERNAL = join(RING, 'internal');
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs)$/;
// Static and dynamic imports, re-exports, require(): every way a module can name another.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"`]([^'"`]+)['"`]/g;

function walk(dir: string): string[] {
  let names: { name: string; isDirectory(): boolean }[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : walk(path);
    return SOURCE.test(d.name) ? [path] : [];
  });
}

/** Does `source` (the text of the file at `file`) import src/ring/internal? */
function importsInternal(file: string, source: string): boolean {
  for (const [, spec] of source.matchAll(SPECIFIER)) {
    const bare = spec!.replace(/\.(ts|tsx|js|mjs)$/, '').replace(/\/index$/, '');
    if (bare.startsWith('.')) {
      if (resolve(dirname(file), bare) === INTERNAL) return true;
    } else if (/(^|\/)ring\/internal$/.test(bare)) {
      return true; // path aliases such as '@/ring/internal' or 'src/ring/internal'
    }
  }
  return false;
}

// Granting a clearance, registering a ring key or minting a proof: only inside clearances.ts.
const GRANTS = /\b(clearedFns|ringKeys|liveProofs)\.add\(|\bclear\(\s*(\(|async|[a-z])/;

describe('ring boundary', () => {
  it('clearances are granted in src/ring/clearances.ts only (its registries are module-private)', () => {
    const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'extension'))].filter(
      (f) => !f.endsWith('.test.ts'),
    );
    const granting = files.filter((f) => GRANTS.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(granting).toEqual(['src/ring/clearances.ts']);
    const source = readFileSync(join(RING, 'clearances.ts'), 'utf8');
    expect(source).not.toMatch(
      /export\s+(const|function)\s+(clear|clearedFns|ringKeys|liveProofs|ringKey)\b/,
    );
    expect(source).not.toMatch(/export\s*\{/);
  });

  it('the detector catches every import form (so a clean scan means something)', () => {
    const vault = join(ROOT, 'src/vault/vault.ts');
    const bg = join(ROOT, 'extension/background/main.ts');
    expect(importsInternal(vault, "import { unwrap } from '../ring/internal.js';")).toBe(true);
    expect(importsInternal(vault, 'import type { X } from "../ring/internal"')).toBe(true);
    expect(importsInternal(vault, "export { unwrap } from '../ring/internal.ts'")).toBe(true);
    expect(importsInternal(bg, "const m = await import('../../src/ring/internal.js')")).toBe(true);
    expect(importsInternal(bg, "const m = require('../../src/ring/internal')")).toBe(true);
    expect(importsInternal(bg, "import { unwrap } from '@/ring/internal';")).toBe(true);
    expect(importsInternal(vault, "import { labeled } from '../ring/index.js';")).toBe(false);
    expect(importsInternal(vault, "import { x } from './internal.js';")).toBe(false);
  });

  it('no file outside src/ring imports ring/internal', () => {
    const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'extension'))].filter(
      (f) => !f.startsWith(`${RING}/`),
    );
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((f) => importsInternal(f, readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('inside src/ring only the storing and reading modules (and tests) import internal', () => {
    const allowed = new Set(['labeled.ts', 'emit.ts', 'declassify.ts']);
    const users = walk(RING)
      .filter((f) => importsInternal(f, readFileSync(f, 'utf8')))
      .map((f) => relative(RING, f))
      .filter((f) => !f.endsWith('.test.ts'));
    expect(users.sort()).toEqual([...allowed].sort());
  });
});
