/**
 * recover.html (scripts/recoverPage.mjs): the committed docs/recover.html is byte-identical to a
 * fresh build (so it cannot go stale), the build is deterministic, and the page is self-contained
 * under a CSP whose hashes match its one inline script and one inline style. Its behaviour in a
 * browser is e2e/recover-html.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecoverPage } from './recoverPage.mjs';

const committed = resolve(import.meta.dirname, '..', 'docs', 'recover.html');
let html = '';

beforeAll(async () => {
  html = await buildRecoverPage();
}, 60_000);

/** The CSP meta tag's directives, name → sources. */
function cspOf(page: string): Map<string, string[]> {
  const metas = page.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi) ?? [];
  expect(metas).toHaveLength(1);
  const content = /content="([^"]*)"/.exec(metas[0]!)![1]!;
  return new Map(
    content.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('recover.html', () => {
  it('docs/recover.html is exactly what the build makes (run `npm run build` and commit it)', () => {
    expect(readFileSync(committed, 'utf8') === html, 'docs/recover.html is stale').toBe(true);
  });

  it('builds to the same bytes twice', async () => {
    expect((await buildRecoverPage()) === html).toBe(true);
  }, 60_000);

  it('has one inline script and one inline style, and nothing that loads a resource', () => {
    const tags = html.match(/<(?:script|style|link|img|iframe|object|embed|base|form)\b[^>]*>/gi);
    expect(tags).toEqual(['<style>', '<form id="shares" novalidate>', '<script>']);
    expect(html).not.toMatch(/\b(?:src|href|action|srcset|poster)\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
  });

  it('allows exactly its own script and style by hash, and no connection', () => {
    const csp = cspOf(html);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual([hashOf(script)]);
    expect(csp.get('style-src')).toEqual([hashOf(style)]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(['data:']);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    // The CSP must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('bundles the BIP-39 English wordlist and no logging', () => {
    expect(html).toMatch(/abandon[^a-z]{1,4}ability[^a-z]{1,4}able/);
    expect(html).not.toMatch(/\bconsole\./);
  });
});
