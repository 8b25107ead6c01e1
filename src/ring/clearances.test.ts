/**
 * Finding 1 of issue 7, as the attacks: code that imports only the ring's public index holds a
 * secret Labeled and tries to walk it out to a page. Each escape must be refused before anything
 * reaches the sink or the callback, and each refusal must be in the audit log.
 */
import 'fake-indexeddb/auto';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createVault } from '../vault/index.js';
import { FAST_PBKDF2, freshStore } from '../vault/testing.js';
import {
  cleared,
  createRing,
  FlowViolation,
  joinLabeled,
  labeled,
  mapLabeled,
  mapLabeledAsync,
  type PasswordProof,
  pageSink,
  provePassword,
  workerSink,
} from './index.js';

const MNEMONIC = 'test test test test test test test test test test test junk';
const EVIL = 'https://evil.example';

function attacker() {
  const ring = createRing();
  const delivered: unknown[] = [];
  const page = pageSink(EVIL, (v) => void delivered.push(v));
  const refusals = () => ring.audit.entries().filter((e) => e.kind === 'flow-refused');
  return { ring, delivered, page, refusals, secret: labeled('secret', MNEMONIC) };
}

describe('finding 1: the four escapes are refused and audited', () => {
  it('1a. a plain mapLabeled / joinLabeled / mapLabeledAsync callback never sees a secret', async () => {
    const { ring, delivered, page, refusals, secret } = attacker();
    const seen: unknown[] = [];
    const steal = (v: unknown) => {
      seen.push(v);
      return v;
    };
    expect(() => mapLabeled(secret, steal)).toThrow(FlowViolation);
    expect(() => joinLabeled([secret, labeled('public', 1)], steal)).toThrow(FlowViolation);
    await expect(mapLabeledAsync(secret, async (v) => steal(v))).rejects.toThrow(FlowViolation);
    expect(() => ring.emit(page, labeled('public', seen[0]))).not.toThrow();
    expect(seen).toEqual([]);
    expect(delivered).toEqual([undefined]); // nothing captured, so nothing but undefined went out
    expect(refusals()).toHaveLength(3);
    expect(refusals().every((e) => e.level === 'secret' && /plain callback/.test(e.detail ?? ''))).toBe(true);
    expect(JSON.stringify(ring.audit.entries())).not.toContain('junk');
  });

  it('1a. private data keeps plain callbacks; a cleared function reads a secret and stays secret', () => {
    const { secret } = attacker();
    expect(mapLabeled(labeled('private', [1, 2]), (a) => a.length).level).toBe('private');
    expect(joinLabeled([secret, labeled('secret', MNEMONIC)], cleared.samePhrase).level).toBe('secret');
  });

  it('1b. workerSink with any deliver function refuses a secret (and audits it)', () => {
    const { ring, refusals, secret } = attacker();
    const leaked: unknown[] = [];
    expect(() =>
      ring.emit(
        workerSink('innocent', (v) => void leaked.push(v)),
        secret,
      ),
    ).toThrow(FlowViolation);
    expect(leaked).toEqual([]);
    expect(refusals()).toMatchObject([{ level: 'secret', sink: 'worker:innocent' }]);
  });

  it('1c. encrypt takes no seal function and no key of the caller: only a ring-held key', async () => {
    const { ring, refusals } = attacker();
    const plaintext = labeled('secret', utf8ToBytes(MNEMONIC));
    const mine = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const seen: unknown[] = [];
    const seal = async (pt: Uint8Array) => {
      seen.push(pt);
      return pt;
    };
    const aad = new Uint8Array(0);
    await expect(
      ring.declassify.encrypt(plaintext, labeled('secret', mine), aad, 'exfiltrate'),
    ).rejects.toThrow(FlowViolation);
    await expect(
      ring.declassify.encrypt(plaintext, labeled('secret', seal as never), aad, 'exfiltrate'),
    ).rejects.toThrow(FlowViolation);
    expect(seen).toEqual([]);
    expect(refusals()).toHaveLength(2);
    expect(refusals().every((e) => e.sink === 'encrypt')).toBe(true);
    expect(ring.audit.entries().filter((e) => e.kind === 'encrypt')).toEqual([]);
  });

  it('1d. revealToUser refuses a hand-written proof, and a real proof works once only', async () => {
    const { ring, delivered, page, refusals, secret } = attacker();
    const forged = { passwordVerified: true, kind: 'password-proof' } as unknown as PasswordProof;
    expect(() => ring.declassify.revealToUser(secret, forged, 'reveal')).toThrow(FlowViolation);
    expect(refusals()).toMatchObject([{ level: 'secret', sink: 'revealToUser' }]);

    const { store } = await freshStore();
    await createVault(store, 'the password', utf8ToBytes('{}'), { kdf: FAST_PBKDF2 });
    await expect(provePassword(store, 'not the password')).rejects.toThrow(/password/);
    const proof = await provePassword(store, 'the password');
    const shown = ring.declassify.revealToUser(secret, proof, 'the user asked');
    expect(shown.level).toBe('private');
    expect(() => ring.declassify.revealToUser(secret, proof, 'again')).toThrow(FlowViolation);
    expect(refusals()).toHaveLength(2);
    // Even revealed, it is private: a page still cannot have it.
    expect(() => ring.emit(page, shown)).toThrow(FlowViolation);
    expect(delivered).toEqual([]);
  });
});
