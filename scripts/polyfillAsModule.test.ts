import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillModuleSource } from './polyfillAsModule.mjs';

type Globals = { chrome?: unknown; browser?: unknown };
const globals = globalThis as Globals;
const dirs: string[] = [];

/** The module's default export, imported fresh from a file of its own. */
async function importPolyfill(): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-polyfill-'));
  dirs.push(dir);
  const file = join(dir, 'polyfill.mjs');
  writeFileSync(file, polyfillModuleSource());
  return (await import(pathToFileURL(file).href)).default;
}

afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('polyfillModuleSource', () => {
  it('exports the browser’s own `browser` where there is one, the object itself', async () => {
    const own = { runtime: { id: 'ext' }, marker: 1 };
    globals.chrome = { runtime: { id: 'ext' } };
    globals.browser = own;
    expect(await importPolyfill()).toBe(own);
  });

  it('wraps `chrome` where there is no `browser`: callbacks become promises', async () => {
    const runtime = {
      id: 'ext',
      getPlatformInfo: (callback: (info: unknown) => void) => callback({ os: 'linux' }),
      lastError: undefined,
    };
    globals.chrome = { runtime };
    const api = (await importPolyfill()) as { runtime: { getPlatformInfo(): Promise<unknown> } };
    await expect(api.runtime.getPlatformInfo()).resolves.toEqual({ os: 'linux' });
  });

  it('refuses to run outside an extension, as the polyfill does', async () => {
    await expect(importPolyfill()).rejects.toThrow(/only be loaded in a browser extension/);
  });
});
