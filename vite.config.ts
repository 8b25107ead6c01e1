/**
 * One Vite config, several builds (selected by --mode), because an MV3 extension needs
 * different output formats per entry:
 * - `popup` (default), `approval`, `background`: the two pages and the worker as ES modules, each
 *   its own build, so that nothing is split out only because another entry shares it: a page's
 *   first screen is its entry file plus one small chunk and one stylesheet (every request costs the
 *   opening popup about a millisecond), and the worker wakes from one file;
 * - `content`: the isolated-world relay as one classic script (content scripts can't be modules);
 * - `inpage`: the MAIN-world EIP-1193 provider as one tiny classic script;
 * - `lockdown`: SES lockdown as a classic script that popup.html and approval.html run before their
 *   modules: a module entry cannot guarantee it, because the chunk it shares with the lazy screens
 *   (React, the polyfill…) is evaluated before the entry's own first import;
 * - `recover`: recover.html's script as one classic script, returned to scripts/recoverPage.mjs
 *   (not written), which inlines it into a single offline page;
 * - `demo`: the demo dapp used by `npm start` and the e2e tests (not part of the extension).
 * `scripts/build.mjs` runs them in order and derives the per-browser manifests.
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { asciiOnly } from './scripts/asciiOnly.mjs';
import { polyfillAsModule } from './scripts/polyfillAsModule.mjs';

const root = import.meta.dirname;
const out = resolve(root, 'dist/chrome');

const common: UserConfig = {
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic' } },
};

/**
 * One entry into one file, dist/chrome/<name>.js: a classic script (an IIFE: content scripts and
 * recover.html can't be modules) or, for the worker, an ES module with nothing to import.
 */
function oneFile(name: string, entry: string, format: 'iife' | 'es'): UserConfig {
  return {
    ...common,
    plugins: [polyfillAsModule(), asciiOnly()],
    publicDir: false,
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      // One file on purpose; Vite's 500 kB hint is about pages that could load in parts.
      chunkSizeWarningLimit: 1024,
      rollupOptions: {
        input: resolve(root, entry),
        // SES refuses to run in sloppy mode, and an IIFE is a classic script: say it is strict.
        output: {
          format,
          entryFileNames: `${name}.js`,
          ...(format === 'iife' && { banner: '"use strict";' }),
        },
      },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'content') return oneFile('content', 'extension/content/index.ts', 'iife');
  if (mode === 'inpage') return oneFile('inpage', 'extension/inpage/index.ts', 'iife');
  if (mode === 'lockdown') return oneFile('lockdown', 'extension/shared/lockdown.ts', 'iife');
  if (mode === 'recover') {
    const config = oneFile('recover', 'extension/recover/main.ts', 'iife');
    return { ...config, build: { ...config.build, write: false } };
  }
  if (mode === 'demo') {
    const page = (name: string) => resolve(root, 'demo', name);
    return {
      ...common,
      root: resolve(root, 'demo'),
      publicDir: false,
      build: {
        outDir: resolve(root, 'dist/demo'),
        emptyOutDir: true,
        target: 'es2022',
        // Three dapp pages: viem (index), the CoW-order exchange (viem), and an ethers v6 client.
        rollupOptions: {
          input: { index: page('index.html'), exchange: page('exchange.html'), ethers: page('ethers.html') },
        },
      },
    };
  }
  if (mode === 'background') return oneFile('background', 'extension/background/index.ts', 'es');
  if (mode === 'approval') return page('approval', false);
  return page('popup', true);
});

/**
 * `html` with `tag` inserted just before its first `<script>`. The sheet goes before lockdown.js:
 * the parser then reads it while lockdown.js is still on its way (the main thread is idle then),
 * not after the lockdown, when the modules wait for the main thread (1.7 ms of CSS parsing, traced).
 */
function beforeFirstScript(html: string, tag: string, plugin: string): string {
  const at = html.indexOf('<script');
  if (at < 0) throw new Error(`${plugin}: the page has no <script> to put ${tag.slice(0, 20)}… before`);
  return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

/**
 * The page's stylesheet as a `<style>` in its `<head>`, before its first script, the .css file
 * dropped. The CSP sets no style-src, and the sheet has no url() to resolve against assets/
 * (build-output.test.ts checks both).
 */
const inlineStylesheet: Plugin = {
  name: 'ringfence:inline-stylesheet',
  transformIndexHtml: {
    order: 'post',
    handler(html, { bundle }) {
      let page = html;
      for (const [fileName, file] of Object.entries(bundle ?? {})) {
        if (file.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const link = new RegExp(
          `<link rel="stylesheet"[^>]*href="\\./${fileName.replace(/[.]/g, '\\.')}"[^>]*>`,
        );
        if (!link.test(page)) throw new Error(`inlineStylesheet: no <link> to ${fileName} in the page`);
        // Vite ends the sheet with a marker comment of its own (`/*$vite$:1*/`): not needed in the page.
        const sheet = String(file.source)
          .replace(/\/\*\$vite\$:\d+\*\/\s*$/, '')
          .trim();
        page = beforeFirstScript(page.replace(link, ''), `<style>${sheet}</style>`, 'inlineStylesheet');
        delete bundle?.[fileName];
      }
      return page;
    },
  },
};

/**
 * popup.html or approval.html. The first build (`popup`) empties dist/chrome and copies public/.
 * One stylesheet per page (cssCodeSplit off), written into the page as a `<style>` (the screens
 * loaded later add only a few KB to it): no request for it before the first screen.
 */
function page(name: 'popup' | 'approval', first: boolean): UserConfig {
  return {
    ...common,
    // lockdown.js (mode `lockdown`) as the page's first script, a classic one, run before any module.
    plugins: [
      polyfillAsModule(),
      asciiOnly(),
      {
        name: 'ringfence:lockdown-first',
        transformIndexHtml: {
          order: 'post',
          handler: (html) =>
            beforeFirstScript(html, '<script src="./lockdown.js"></script>', 'lockdown-first'),
        },
      },
      inlineStylesheet,
    ],
    root: resolve(root, 'extension/popup'),
    publicDir: first ? resolve(root, 'public') : false,
    base: './',
    build: {
      outDir: out,
      emptyOutDir: first,
      target: 'es2022',
      cssCodeSplit: false,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { [name]: resolve(root, `extension/popup/${name}.html`) },
        output: {
          entryFileNames: 'assets/[name]-[hash].js',
          assetFileNames: `assets/${name}-[hash][extname]`,
        },
      },
    },
  };
}
