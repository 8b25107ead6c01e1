/**
 * Deterministic size rows for `npm run bench`: minified and gzip (zlib level 9) bytes of our
 * inpage.js, the popup bundle (popup.html's entry script plus every JS chunk it statically imports,
 * transitively), both zips, and MetaMask's inpage provider bundled the way our inpage.js is built.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;

function minGzip(files) {
  let min = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { min, gz };
}

function sizeRows(label, files, note = '') {
  const { min, gz } = minGzip(files);
  const sep = note ? '; ' : '';
  return [
    { name: `size ${label} (min)`, value: min, unit: 'B', note: `${KiB(min)}${sep}${note}` },
    { name: `size ${label} (gzip -9)`, value: gz, unit: 'B', note: KiB(gz) },
  ];
}

/** Relative specifiers of static imports in a minified ES module (`import … from"./x.js"`, `import"./x.js"`). */
export function staticImports(code) {
  const specs = new Set();
  // `from` / bare `import` followed by a string; `import(` (dynamic) is deliberately not matched.
  const pattern = /(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
  for (const match of code.matchAll(pattern)) specs.add(match[2]);
  return [...specs];
}

/** popup.html's entry script + modulepreloads + their static imports, transitively (absolute paths). */
export function popupChunks(extensionDir = resolve(dist, 'chrome')) {
  const htmlPath = resolve(extensionDir, 'popup.html');
  const html = readFileSync(htmlPath, 'utf8');
  const queue = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script/.test(tag) && /\bsrc=/.test(tag);
    const isPreload = /^<link/.test(tag) && /\brel=["']?modulepreload/.test(tag);
    const url = tag.match(/\b(?:src|href)=["']?([^"' >]+)/)?.[1];
    if ((isModule || isPreload) && url?.endsWith('.js')) queue.push(resolve(extensionDir, url));
  }
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`popup bundle: ${relative(root, file)} is referenced but missing`);
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
}

/** Bundles bench/metamask-inpage.js as a minified IIFE (like vite.config.ts 'inpage' mode). */
export async function buildMetaMaskInpage() {
  const outDir = resolve(dist, 'bench');
  const shim = (name) => resolve(import.meta.dirname, 'shims', `${name}.js`);
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    resolve: { alias: { events: shim('events'), buffer: shim('buffer') } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'metamask-inpage.js'),
        transform: { inject: { process: shim('process') } },
        output: { format: 'iife', entryFileNames: 'metamask-inpage.js', banner: '"use strict";' },
      },
    },
  });
  return resolve(outDir, 'metamask-inpage.js');
}

/** `distDir` holds chrome/ and the two zips (dist/ or a snapshot of it). */
export async function collectSizes({ distDir = dist } = {}) {
  const rows = [];
  rows.push(...sizeRows('inpage.js', [resolve(distDir, 'chrome/inpage.js')], 'ours, MAIN-world provider'));
  const popup = popupChunks(resolve(distDir, 'chrome'));
  rows.push(
    ...sizeRows(
      'popup bundle',
      popup,
      `${popup.length} JS chunks: ${popup.map((f) => relative(resolve(distDir, 'chrome/assets'), f).replace(/-[\w-]{8}\.js$/, '')).join(', ')}`,
    ),
  );
  for (const browser of ['chrome', 'firefox']) {
    const zip = resolve(distDir, `ringfence-${browser}.zip`);
    rows.push({
      name: `size ringfence-${browser}.zip`,
      value: statSync(zip).size,
      unit: 'B',
      note: KiB(statSync(zip).size),
    });
  }
  let metamask = null;
  try {
    metamask = await buildMetaMaskInpage();
    rows.push(
      ...sizeRows(
        'MetaMask inpage',
        [metamask],
        '@metamask/providers 22.1.1 initializeProvider; events/buffer/process are small local shims ' +
          '(real polyfills not installed), so a lower bound',
      ),
    );
  } catch (error) {
    const reason = String(error?.message ?? error)
      .split('\n')[0]
      .slice(0, 120);
    rows.push({ name: 'size MetaMask inpage', value: 'n/a', unit: '', note: `bundle failed: ${reason}` });
  }
  return { rows, metamaskBundle: metamask };
}
