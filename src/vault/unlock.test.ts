import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { utf8 } from './encoding.js';
import { isVaultError } from './errors.js';
import { PBKDF2_FALLBACK_KDF } from './kdfParams.js';
import { openVaultStore } from './store.js';
import { dump, FAST_ARGON2, FAST_PBKDF2, flipBase64Byte, freshStore, rawPut } from './testing.js';
import { createVault, unlockVault } from './unlock.js';

const PW = 'open sesame, please';
const noUpgrade = { kdfTarget: PBKDF2_FALLBACK_KDF };

async function created() {
  const s = await freshStore();
  await createVault(s.store, PW, utf8('secrets'), { kdf: FAST_PBKDF2 });
  return s;
}

describe('createVault / unlockVault (fake-indexeddb in Node)', () => {
  it('creates, then unlocks; refuses to overwrite an existing vault by accident', async () => {
    const { store } = await created();
    expect(await store.readMeta()).toEqual({ initialized: true, failedUnlocks: 0, lockedUntil: 0 });
    const out = await unlockVault(store, PW, noUpgrade);
    expect(new TextDecoder().decode(out.plaintext)).toBe('secrets');
    expect(out).toMatchObject({ usedFallback: false, upgraded: false });
    await expect(createVault(store, PW, utf8('x'))).rejects.toThrow(/^store: a vault already exists/);
  });

  it('wrong passwords: refused, records untouched, delays 0,0,0,1 s,2 s; early retries THROTTLED', async () => {
    const { store, factory } = await created();
    const records = await dump(factory, ['vault', 'state']);
    let clock = 1_000_000;
    const now = () => clock;
    const waits: number[] = [];
    for (let i = 1; i <= 5; i++) {
      await expect(unlockVault(store, 'open sesame', { now })).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
      const meta = await store.readMeta();
      expect(meta.failedUnlocks).toBe(i);
      waits.push(meta.lockedUntil - clock);
      if (i >= 4) {
        const err = await unlockVault(store, PW, { now }).catch((e) => e);
        expect(isVaultError(err, 'THROTTLED') && err.retryAfterMs).toBe(waits[i - 1]);
        expect((await store.readMeta()).failedUnlocks).toBe(i); // a throttled attempt is not charged
      }
      clock += waits[i - 1] ?? 0;
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000]);
    expect(await dump(factory, ['vault', 'state'])).toBe(records);
    await unlockVault(store, PW, { now, ...noUpgrade });
    expect(await store.readMeta()).toMatchObject({ failedUnlocks: 0, lockedUntil: 0 });
  });

  it('the throttle survives a worker restart (store closed and reopened)', async () => {
    const { store, factory } = await created();
    const now = () => 5_000;
    for (let i = 0; i < 4; i++) await unlockVault(store, 'wrong', { now }).catch(() => undefined);
    store.close();
    const reopened = await openVaultStore('ringfence', factory);
    await expect(unlockVault(reopened, PW, { now })).rejects.toMatchObject({
      code: 'THROTTLED',
      retryAfterMs: 1000,
    });
    await expect(unlockVault(reopened, PW, { now: () => 6_000, ...noUpgrade })).resolves.toBeDefined();
  });

  it('parallel guesses get no free attempts: 6 at once → 4 tried, 2 throttled', async () => {
    const { store } = await created();
    const now = () => 42;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => unlockVault(store, 'guess', { now })),
    );
    const codes = results.map((r) => (r.status === 'rejected' ? r.reason.code : 'ok')).sort();
    expect(codes).toEqual([
      'DECRYPT_FAILED',
      'DECRYPT_FAILED',
      'DECRYPT_FAILED',
      'DECRYPT_FAILED',
      'THROTTLED',
      'THROTTLED',
    ]);
  });

  it('an empty password is BAD_PASSWORD and is not charged', async () => {
    const { store } = await created();
    await expect(unlockVault(store, '')).rejects.toMatchObject({ code: 'BAD_PASSWORD' });
    expect((await store.readMeta()).failedUnlocks).toBe(0);
  });

  it('re-encrypts with the target KDF when the stored one is weaker, keeping the old copy as previous', async () => {
    const { store } = await created();
    const old = (await store.readVault()).current;
    const out = await unlockVault(store, PW, { kdfTarget: FAST_ARGON2 });
    expect(out.upgraded).toBe(true);
    expect(out.params).toMatchObject(FAST_ARGON2);
    expect(await store.readVault()).toEqual({ current: out.record, previous: old });
    const again = await unlockVault(store, PW, { kdfTarget: FAST_ARGON2 });
    expect(again).toMatchObject({ upgraded: false, usedFallback: false });
    expect(new TextDecoder().decode(again.plaintext)).toBe('secrets');
  });

  it('after a fallback it reports usedFallback and writes no vault record (no silent upgrade)', async () => {
    const { store, factory } = await created();
    const r = (await unlockVault(store, PW, noUpgrade)).record;
    await store.writeVault(r); // previous = a good copy
    await rawPut(factory, 'vault', 'current', { ...r, data: flipBase64Byte(r.data, 15) });
    const before = await dump(factory, ['vault', 'state']);
    const out = await unlockVault(store, PW, { kdfTarget: FAST_ARGON2 });
    expect(out).toMatchObject({ usedFallback: true, upgraded: false });
    expect(await dump(factory, ['vault', 'state'])).toBe(before);
  });

  it('bounds fail closed: a 1 GiB KDF header is CORRUPT before any KDF, a garbage throttle record throttles', async () => {
    const { store, factory } = await created();
    const { current } = await store.readVault();
    const huge = {
      ...(current as { kdf: object }),
      kdf: { ...(current as { kdf: object }).kdf, name: 'argon2id', m: 1_048_576, t: 3, p: 1 },
    };
    delete (huge.kdf as { iterations?: number }).iterations;
    await rawPut(factory, 'vault', 'current', huge);
    await rawPut(factory, 'vault', 'previous', huge);
    const started = Date.now();
    await expect(unlockVault(store, PW, noUpgrade)).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(Date.now() - started).toBeLessThan(2000);

    const fresh = await created();
    await rawPut(fresh.factory, 'meta', 'lock', {
      initialized: true,
      failedUnlocks: 'garbage',
      lockedUntil: 0,
    });
    await expect(unlockVault(fresh.store, PW, noUpgrade)).rejects.toMatchObject({ code: 'THROTTLED' });
    expect((await fresh.store.readMeta()).lockedUntil - Date.now()).toBeLessThanOrEqual(5 * 60_000);
  });
});
