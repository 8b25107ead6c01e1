/**
 * webextension-polyfill as an ES module whose default export is the polyfill's own `module.exports`.
 *
 * Why: the package is a UMD script, so the bundler treats it as CommonJS, and its interop
 * (`__toESM`) copies every own property of the export onto a namespace object for the one
 * `default` we import. Where the browser has its own `browser` (Firefox, and Chromium now), the
 * polyfill exports that very object, and reading each property's descriptor makes the browser
 * build every API namespace (windows, tabs, action…): 1.2 ms in an empty extension page here, at
 * every popup and approval window open and every wake of the worker. Same code, same export, no copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const POLYFILL = createRequire(import.meta.url).resolve('webextension-polyfill');

/**
 * The polyfill's source run with a `module` of our own (the UMD takes its CommonJS branch); its
 * source-map comment goes, the lines having moved.
 */
export function polyfillModuleSource(source = readFileSync(POLYFILL, 'utf8')) {
  const code = source.replace(/^\/\/# sourceMappingURL=.*$/m, '');
  return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
}

/** The Vite plugin: loads the polyfill's file as that module. */
export function polyfillAsModule() {
  return {
    name: 'ringfence:polyfill-as-module',
    enforce: 'pre',
    load(id) {
      return id.split('?')[0] === POLYFILL ? polyfillModuleSource() : null;
    },
  };
}
