/**
 * Bundles an entry module's source (re-exports from src/) into one ES module for Node with Vite,
 * imports it, and removes the temp dir: how the Node-side benches (signing, recovery, utxo) run
 * our TypeScript exactly as the extension build compiles it.
 *
 *   const ring = await loadBundle(`export { createRing } from ${src('ring/index.ts')};`, 'ring');
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** A JSON-quoted absolute path of a file under src/, for entry sources. */
export const src = (path) => JSON.stringify(resolve(root, 'src', path));

export async function loadBundle(entrySource, name) {
  const dir = mkdtempSync(join(tmpdir(), `ringfence-bench-${name}-`));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, entrySource);
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      publicDir: false,
      ssr: { noExternal: true, target: 'node' },
      build: {
        ssr: entry,
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        minify: false,
        target: 'node20',
        reportCompressedSize: false,
        rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
      },
    });
    return await import(pathToFileURL(join(dir, 'out', `${name}.mjs`)).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
