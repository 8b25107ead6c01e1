/**
 * Checks the built extension in dist/ (what `npm run build` ships): size budgets, the two derived
 * manifests, the HTML pages, the offline recover.html in both builds and zips, and `web-ext lint` on the Firefox build. Runs on the existing dist/
 * and builds it first only if it is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from './build.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const MiB = 1024 * 1024;
const browsers = ['chrome', 'firefox'] as const;

type Manifest = Record<string, unknown> & {
  background: Record<string, unknown>;
  permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
};
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifestOf = (browser: string): Manifest => readJson(resolve(dist, browser, 'manifest.json'));
const base: Manifest = readJson(resolve(root, 'manifest.json'));

beforeAll(async () => {
  if (!existsSync(resolve(dist, 'chrome', 'manifest.json')) || !existsSync(resolve(dist, 'recover.html')))
    await buildAll();
}, 180_000);

describe('size budgets', () => {
  it('inpage.js (injected into every page) gzips to ≤ 4 KiB', () => {
    const gzipped = gzipSync(readFileSync(resolve(dist, 'chrome', 'inpage.js')), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(4096);
  });

  // Each file a page loads before its first screen costs the opening popup about a millisecond (its
  // request, then its own task), so the builds keep every page to one entry and one chunk, with its
  // stylesheet written into the page.
  // A module entry can't run SES first: the chunk it shares with the lazy screens (React, the
  // polyfill…) is evaluated before the entry's own first import. A classic script before them can.
  it.each(browsers.flatMap((browser) => ['popup', 'approval'].map((page) => [browser, page])))(
    '%s %s.html runs lockdown.js (SES lockdown) as a classic script before any module',
    (browser, page) => {
      const html = readFileSync(resolve(dist, browser, `${page}.html`), 'utf8');
      const tags = html.match(/<script\b[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
      expect(tags[0]).toBe('<script src="./lockdown.js">');
      // The inline sheet comes first: it is parsed while lockdown.js is still loading (vite.config.ts).
      expect(html.indexOf('<style>')).toBeGreaterThan(html.indexOf('<meta charset="utf-8"'));
      expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<script'));
      expect(tags.slice(1).every((tag) => /type="module"|modulepreload/.test(tag))).toBe(true);
      const lockdownJs = readFileSync(resolve(dist, browser, 'lockdown.js'), 'utf8');
      // A strict IIFE (SES refuses sloppy mode), calling lockdown().
      expect(lockdownJs.startsWith('"use strict";(function(){')).toBe(true);
      expect(lockdownJs).toMatch(/\blockdown\(\{/);
    },
  );

  it.each(['popup', 'approval'])(
    '%s.html loads lockdown.js and ≤ 2 module scripts before its first screen, its stylesheet inline',
    (page) => {
      const html = readFileSync(resolve(dist, 'chrome', `${page}.html`), 'utf8');
      const scripts = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThanOrEqual(1);
      expect(scripts.length).toBeLessThanOrEqual(2);
      expect(html).not.toMatch(/<link rel="stylesheet"/);
      const sheets = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? '');
      expect(sheets).toHaveLength(1);
      // The design tokens are in it; a url() would now resolve against the page, not assets/.
      expect(sheets[0]).toMatch(/--bg:/);
      expect(sheets[0]).not.toMatch(/url\(/);
    },
  );

  it.each(browsers)('%s: no .css file is left in the build (each page carries its own)', (browser) => {
    const files = readdirSync(resolve(dist, browser), { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.css'))).toEqual([]);
  });

  it('the worker is one file: it imports no chunk when it wakes', () => {
    const worker = readFileSync(resolve(dist, 'chrome', 'background.js'), 'utf8');
    expect(worker).not.toMatch(/\bfrom\s*["']\.\/|\bimport\s*["']\.\/|import\(\s*["']\.\//);
  });

  // Blink decodes an ASCII script on a fast path into one-byte text (scripts/asciiOnly.mjs says why).
  it.each(browsers)('%s: every script is ASCII', (browser) => {
    const scripts = readdirSync(resolve(dist, browser), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    const nonAscii = scripts.filter((file) =>
      /[\u0080-\uffff]/.test(readFileSync(resolve(dist, browser, file), 'utf8')),
    );
    expect(nonAscii).toEqual([]);
  });

  it.each(browsers)('dist/ringfence-%s.zip is ≤ 1 MiB', (browser) => {
    expect(statSync(resolve(dist, `ringfence-${browser}.zip`)).size).toBeLessThanOrEqual(MiB);
  });
});

describe('manifests', () => {
  it('chrome: a service worker and no Firefox-only keys', () => {
    const manifest = manifestOf('chrome');
    expect(manifest.background.service_worker).toBe(base.background.service_worker);
    expect(manifest.background.scripts).toBeUndefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('firefox: an event page and a gecko id', () => {
    const manifest = manifestOf('firefox');
    expect(manifest.background.scripts).toEqual(base.background.scripts);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/\S/);
  });

  it.each(browsers)(
    '%s: CSP locks extension pages to their own scripts (+ WASM) and out of frames',
    (browser) => {
      const csp = manifestOf(browser).content_security_policy?.extension_pages ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      // 'wasm-unsafe-eval' only lets WebAssembly compile (the worker's Argon2id, src/vault/kdf.ts); it
      // does not allow eval() or new Function(). MV3 has one policy for the worker and all pages.
      expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      // No style-src (nor a default-src it would fall back to): each page's stylesheet is a <style>
      // in it, and React sets style attributes (an asset icon's colour).
      expect(directives.has('style-src') || directives.has('default-src')).toBe(false);
    },
  );

  it.each(browsers)('%s: exactly the permissions manifest.json lists', (browser) => {
    const manifest = manifestOf(browser);
    for (const key of [
      'permissions',
      'optional_permissions',
      'host_permissions',
      'optional_host_permissions',
    ]) {
      expect(manifest[key], key).toEqual(base[key]);
    }
    expect(manifest.content_scripts).toEqual(base.content_scripts);
  });

  it.each(browsers)('%s: HTML pages load no remote scripts', (browser) => {
    const pages = readdirSync(resolve(dist, browser)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(resolve(dist, browser, page), 'utf8');
      const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
      for (const tag of tags) {
        const url = /\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
        if (url) expect(url, `${page}: ${tag}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      }
    }
  });
});

describe('recover.html (offline recovery page)', () => {
  const page = () => readFileSync(resolve(dist, 'recover.html'));

  it.each(browsers)('is in dist/%s and its zip, identical to dist/recover.html', (browser) => {
    expect(readFileSync(resolve(dist, browser, 'recover.html')).equals(page())).toBe(true);
    const zip = unzipSync(readFileSync(resolve(dist, `ringfence-${browser}.zip`)));
    expect(Buffer.from(zip['recover.html'] ?? []).equals(page())).toBe(true);
  });

  it('references nothing outside itself (only data: or #fragment URLs)', () => {
    const html = page().toString('utf8');
    for (const [, url] of html.matchAll(/\b(?:src|href|action|srcset|poster)\s*=\s*["']?([^"'\s>]*)/gi)) {
      expect(url).toMatch(/^(?:data:|#)/);
    }
    expect(html).not.toMatch(/<link\b|<script\b[^>]*\bsrc|@import|url\((?!\s*["']?data:)/i);
  });

  it('has a CSP meta tag that forbids every connection', () => {
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(
      page().toString('utf8'),
    )?.[1];
    expect(csp).toMatch(/(?:^|;)\s*connect-src 'none'\s*(?:;|$)/);
    expect(csp).toMatch(/(?:^|;)\s*default-src 'none'\s*(?:;|$)/);
    expect(csp).toMatch(/(?:^|;)\s*script-src 'sha256-[A-Za-z0-9+/]{43}='\s*(?:;|$)/);
  });
});

describe('web-ext lint (Firefox build)', () => {
  it('reports no errors', async () => {
    const webExt = resolve(root, 'node_modules', '.bin', 'web-ext');
    const args = [
      'lint',
      '--source-dir',
      resolve(dist, 'firefox'),
      '--output',
      'json',
      '--no-config-discovery',
    ];
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)(webExt, args, { cwd: root, maxBuffer: 16 * MiB }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    // It may print other lines (update notices, …) before the report: parse from the first `{"`.
    const start = stdout.indexOf('{"');
    expect(start, `no JSON report in: ${stdout.slice(0, 500)}`).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(stdout.slice(start)) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string }[];
    };
    const codes = [...new Set(report.warnings.map((w) => w.code))].join(', ');
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${codes})`,
    );
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
