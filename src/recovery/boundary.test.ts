import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/recovery is browser-free and self-contained: audited libraries and its own files only.
const ALLOWED =
  /^(\.\/[\w.]+\.js|@noble\/(hashes|curves)\/[\w./]+\.js|@scure\/(base|bip32)|@scure\/bip39\/wordlists\/english\.js|shamir-secret-sharing|qr)$/;

describe('src/recovery imports', () => {
  it('uses only audited libraries and its own files (no extension/, src/rpc, DOM)', () => {
    const dir = import.meta.dirname;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && !/test|testkit/.test(f))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const [, spec] of src.matchAll(/from '([^']+)'/g))
        expect(spec, `${f} imports ${spec}`).toMatch(ALLOWED);
      expect(src, f).not.toMatch(/\b(window|document|chrome|browser)\./);
    }
  });
});
