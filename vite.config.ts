/**
 * One Vite config, several builds (selected by --mode), because an MV3 extension needs
 * different output formats per entry:
 * - `extension` (default): popup.html, approval.html and the background worker as ES modules;
 * - `content`: the isolated-world relay as one classic script (content scripts can't be modules);
 * - `inpage`: the MAIN-world EIP-1193 provider as one tiny classic script;
 * - `recover`: recover.html's script as one classic script, returned to scripts/recoverPage.mjs
 *   (not written), which inlines it into a single offline page;
 * - `demo`: the demo dapp used by `npm start` and the e2e tests (not part of the extension).
 * `scripts/build.mjs` runs them in order and derives the per-browser manifests.
 */
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const out = resolve(root, 'dist/chrome');

const common: UserConfig = {
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic' } },
};

function classicScript(name: string, entry: string, minify: boolean): UserConfig {
  return {
    ...common,
    publicDir: false,
    build: {
      outDir: out,
      emptyOutDir: false,
      minify,
      target: 'es2022',
      rollupOptions: {
        input: resolve(root, entry),
        // SES refuses to run in sloppy mode, and an IIFE bundle is a classic script.
        output: { format: 'iife', entryFileNames: `${name}.js`, banner: '"use strict";' },
      },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'content') return classicScript('content', 'extension/content/index.ts', true);
  if (mode === 'inpage') return classicScript('inpage', 'extension/inpage/index.ts', true);
  if (mode === 'recover') {
    const config = classicScript('recover', 'extension/recover/main.ts', true);
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
  return {
    ...common,
    root: resolve(root, 'extension/popup'),
    publicDir: resolve(root, 'public'),
    base: './',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          popup: resolve(root, 'extension/popup/popup.html'),
          approval: resolve(root, 'extension/popup/approval.html'),
          background: resolve(root, 'extension/background/index.ts'),
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js',
        },
      },
    },
  };
});
