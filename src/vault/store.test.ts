import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { utf8 } from './encoding.js';
import { encryptVault } from './envelope.js';
import { UNREADABLE } from './meta.js';
import { type Migration, migrations, SCHEMA_VERSION } from './schema.js';
import { sealState } from './state.js';
import { openVaultStore } from './store.js';
import { dump, FAST_PBKDF2, freshStore, rawPut } from './testing.js';

describe('vault store (fake-indexeddb in Node)', () => {
  it('creates schema version 1 with the vault, state and meta stores', async () => {
    const factory = new IDBFactory();
    const store = await openVaultStore('ringfence', factory);
    store.close();
    expect(SCHEMA_VERSION).toBe(1);
    expect(migrations).toHaveLength(1);
    const dbs = await factory.databases();
    expect(dbs).toEqual([{ name: 'ringfence', version: 1 }]);
  });

  it('runs each missing migration step once, in order, when the schema grows', async () => {
    const factory = new IDBFactory();
    const ran: string[] = [];
    const v2: Migration = (db) => {
      ran.push('1→2');
      db.createObjectStore('extra');
    };
    (await openVaultStore('ringfence', factory)).close();
    (await openVaultStore('ringfence', factory, [...migrations, v2])).close();
    (await openVaultStore('ringfence', factory, [...migrations, v2])).close();
    expect(ran).toEqual(['1→2']);
    expect(await factory.databases()).toEqual([{ name: 'ringfence', version: 2 }]);
  });

  it('writeVault rotates current into previous in one transaction and marks meta initialized', async () => {
    const { store } = await freshStore();
    const a = (await encryptVault('pw', utf8('a'), FAST_PBKDF2)).record;
    const b = (await encryptVault('pw', utf8('b'), FAST_PBKDF2)).record;
    expect(await store.readVault()).toEqual({ current: undefined, previous: undefined });
    expect((await store.readMeta()).initialized).toBe(false);
    await store.writeVault(a);
    expect(await store.readVault()).toEqual({ current: a, previous: undefined });
    expect((await store.readMeta()).initialized).toBe(true);
    await store.writeVault(b);
    expect(await store.readVault()).toEqual({ current: b, previous: a });
  });

  it('never rotates a malformed current into previous (keeps the last good copy)', async () => {
    const { store, factory } = await freshStore();
    const a = (await encryptVault('pw', utf8('a'), FAST_PBKDF2)).record;
    const b = (await encryptVault('pw', utf8('b'), FAST_PBKDF2)).record;
    const c = (await encryptVault('pw', utf8('c'), FAST_PBKDF2)).record;
    await store.writeVault(a);
    await store.writeVault(b);
    await rawPut(factory, 'vault', 'current', '{"v":1,"kdf"'); // b was torn
    await store.writeVault(c);
    expect(await store.readVault()).toEqual({ current: c, previous: a });
  });

  it('refuses to store an invalid vault record or a plaintext state blob', async () => {
    const { store, factory } = await freshStore();
    const before = await dump(factory);
    await expect(store.writeVault({ v: 1 } as never)).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    await expect(store.writeState('accounts', { accounts: ['0xabc'] } as never)).rejects.toThrow(
      /^record: refusing/,
    );
    expect(await dump(factory)).toBe(before);
  });

  it('stores sealed state by name, and only under its own name', async () => {
    const { store } = await freshStore();
    const { key } = await encryptVault('pw', utf8('v'), FAST_PBKDF2);
    const rec = await sealState(key, 'accounts', utf8('[]'));
    await store.writeState('accounts', rec);
    expect(await store.readState('accounts')).toEqual(rec);
    expect(await store.readState('settings')).toBeUndefined();
    await expect(store.writeState('settings', rec)).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
  });

  it('meta: defaults, merges patches, tolerates garbage, and serialises concurrent updates', async () => {
    const { store, factory } = await freshStore();
    expect(await store.readMeta()).toEqual({ initialized: false, failedUnlocks: 0, lockedUntil: 0 });
    await store.writeMeta({ failedUnlocks: 2 });
    await store.writeMeta({ lockedUntil: 5 });
    expect(await store.readMeta()).toEqual({ initialized: false, failedUnlocks: 2, lockedUntil: 5 });
    await Promise.all(
      Array.from({ length: 20 }, () => store.updateMeta((m) => ({ failedUnlocks: m.failedUnlocks + 1 }))),
    );
    expect((await store.readMeta()).failedUnlocks).toBe(22);
    // Garbage fails closed (issue 7, finding 7): not a fresh install, not a clear throttle.
    await rawPut(factory, 'meta', 'lock', 'garbage');
    expect(await store.readMeta()).toEqual({
      initialized: true,
      failedUnlocks: UNREADABLE,
      lockedUntil: UNREADABLE,
    });
  });

  it('persists across close/reopen (a killed worker) and clearAll empties every store', async () => {
    const { store, factory } = await freshStore();
    const a = (await encryptVault('pw', utf8('a'), FAST_PBKDF2)).record;
    await store.writeVault(a);
    await store.writeMeta({ failedUnlocks: 4 });
    store.close();
    const reopened = await openVaultStore('ringfence', factory);
    expect((await reopened.readVault()).current).toEqual(a);
    expect((await reopened.readMeta()).failedUnlocks).toBe(4);
    await reopened.clearAll();
    expect(await dump(factory)).toBe(JSON.stringify({ vault: [], state: [], meta: [] }));
  });
});
