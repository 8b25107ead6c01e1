/**
 * DESIGN.md: the popup never holds key material or signing code. Checked on the built output:
 * popup.html's entry and every chunk it imports (transitively) contain no BIP-39 wordlist, no
 * secp256k1 code and no Argon2 WebAssembly — while the background bundle, as a control, does (so the
 * probes can fail).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from './build.mjs';

const dist = resolve(import.meta.dirname, '..', 'dist', 'chrome');

/** Every JS file reachable from an HTML page or a JS entry through static and dynamic imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  if (entry.endsWith('.html')) {
    const html = readFileSync(join(dist, entry), 'utf8');
    for (const [, src] of html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)) queue.push(resolve(dist, src!));
  } else queue.push(resolve(dist, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), spec!));
    }
  }
  return [...seen];
}

const probes = {
  // Consecutive words of the BIP-39 English list, however a bundler quotes or joins them.
  'BIP-39 wordlist': /abandon[^a-z]{1,4}ability[^a-z]{1,4}able[^a-z]{1,4}about/,
  // The secp256k1 group order n (SEC 2), in hex or decimal: present in any secp256k1 implementation.
  'secp256k1 code':
    /fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141|115792089237316195423570985008687907852837564279074904382605163141518161494337/i,
  // Argon2's WebAssembly: an inlined module (base64 of the "\0asm" magic) or a bundled .wasm file's
  // name. Only the worker runs WASM.
  'Argon2 WASM': /AGFzbQ|["'][^"']*(?:simd|argon2)[^"']*\.wasm["']/,
};

function findProbes(files: string[]): string[] {
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  return Object.entries(probes)
    .filter(([, re]) => re.test(text))
    .map(([name]) => name);
}

describe('popup bundle contents (built extension)', () => {
  beforeAll(async () => {
    if (!existsSync(join(dist, 'popup.html'))) await buildAll();
  }, 120_000);

  it('finds the popup entry and its chunks', () => {
    const files = reachable('popup.html');
    expect(files.length).toBeGreaterThan(1);
    expect(files.some((f) => /popup-.*\.js$/.test(f))).toBe(true);
  });

  it('has no BIP-39 wordlist, secp256k1 code or Argon2 WASM in popup.html or approval.html', () => {
    expect(findProbes(reachable('popup.html'))).toEqual([]);
    expect(findProbes(reachable('approval.html'))).toEqual([]);
  });

  it('control: the background bundle does contain all of them, so the probes work', () => {
    expect(findProbes(reachable('background.js'))).toEqual(Object.keys(probes));
  });
});
