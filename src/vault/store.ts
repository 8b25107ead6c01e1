/**
 * The vault's IndexedDB store (through idb): vault records (current + previous), sealed state blobs,
 * and the clear lock-screen meta. Every write is exactly one transaction; reads return stored data
 * as `unknown` because it is untrusted until parsed.
 *
 *   const store = await openVaultStore();                // 'ringfence', globalThis.indexedDB
 *   await store.writeVault(record);                      // previous ← current, current ← record
 *   const { current, previous } = await store.readVault();
 */
import { VaultError } from './errors.js';
import { parseMeta, type VaultMeta } from './meta.js';
import { isWellFormedRecord, parseRecord, type VaultRecord } from './record.js';
import { parseRecordV2, parseStateRecordV2, type StateRecordV2, type VaultRecordV2 } from './recordV2.js';
import { type Migration, migrations, openRingfenceDb } from './schema.js';
import { parseStateRecord, type StateRecord } from './state.js';

export type StoredVault = { current: unknown; previous: unknown };

export type VaultStore = {
  readVault(): Promise<StoredVault>;
  /** One readwrite transaction: previous ← current (if well-formed), current ← record; meta.initialized. */
  writeVault(record: VaultRecord): Promise<void>;
  /**
   * Vault v2: one readwrite transaction writes the vault record, the changed state records and
   * meta.initialized. `previous: 'rotate'` keeps the old current as the fallback; 'same' writes the
   * new record into both slots (password change, KDF upgrade: no copy under the old password stays);
   * 'keep' leaves the fallback as it is (state saves: the secrets did not change, and one put less
   * is a third of a routine save's IndexedDB time).
   */
  commit(c: Commit): Promise<void>;
  readState(name: string): Promise<unknown>;
  /** Only sealed state records are accepted: IndexedDB is a public-level sink (ciphertext only). */
  writeState(name: string, record: StateRecord): Promise<void>;
  readMeta(): Promise<VaultMeta>;
  writeMeta(patch: Partial<VaultMeta>): Promise<VaultMeta>;
  /** Read-modify-write in one transaction, so concurrent updates cannot lose one another. */
  updateMeta(fn: (meta: VaultMeta) => Partial<VaultMeta> | undefined): Promise<VaultMeta>;
  /** The pending recovery request record (clear meta store: its key inside is wrapped), or undefined. */
  readRecoveryRequest(): Promise<unknown>;
  writeRecoveryRequest(record: unknown): Promise<void>;
  clearRecoveryRequest(): Promise<void>;
  clearAll(): Promise<void>;
  close(): void;
};

export type Commit = {
  vault: VaultRecordV2;
  states?: Record<string, StateRecordV2>;
  /** state records deleted in the same transaction */
  remove?: string[];
  previous: 'rotate' | 'same' | 'keep';
};

export const DEFAULT_DB_NAME = 'ringfence';
const META_KEY = 'lock';
const REQUEST_KEY = 'recovery-request';

function isWellFormedAny(x: unknown): boolean {
  if (isWellFormedRecord(x)) return true;
  try {
    parseRecordV2(x);
    return true;
  } catch {
    return false;
  }
}

export async function openVaultStore(
  dbName = DEFAULT_DB_NAME,
  idbFactory: IDBFactory = globalThis.indexedDB,
  steps: readonly Migration[] = migrations,
): Promise<VaultStore> {
  if (!idbFactory) throw new VaultError('idbFactory: no IndexedDB in this context', 'BAD_ARGUMENT');
  const db = await openRingfenceDb(dbName, idbFactory, steps);
  // This store is the vault's only writer (one per worker), so it knows what it last read or wrote:
  // a commit then needs no read round trip before its writes. Tests that tamper with the database
  // do so between stores, never under a live one.
  let known: { current: unknown } | undefined;
  let initialized = false;

  async function updateMeta(fn: (meta: VaultMeta) => Partial<VaultMeta> | undefined): Promise<VaultMeta> {
    const tx = db.transaction('meta', 'readwrite');
    const meta = parseMeta(await tx.store.get(META_KEY));
    const patch = fn(meta);
    const next = patch ? parseMeta({ ...meta, ...patch }) : meta;
    if (patch) await tx.store.put(next, META_KEY);
    await tx.done;
    initialized = next.initialized === true;
    return next;
  }

  return {
    async readVault() {
      const tx = db.transaction('vault', 'readonly');
      const [current, previous] = await Promise.all([tx.store.get('current'), tx.store.get('previous')]);
      await tx.done;
      known = { current };
      return { current, previous };
    },

    async writeVault(record) {
      try {
        parseRecord(record);
      } catch (e) {
        throw new VaultError(
          `record: refusing to store an invalid vault record (${(e as Error).message})`,
          'BAD_ARGUMENT',
        );
      }
      const tx = db.transaction(['vault', 'meta'], 'readwrite');
      const vault = tx.objectStore('vault');
      const metaStore = tx.objectStore('meta');
      const current = await vault.get('current');
      // Never rotate garbage into `previous`: it is the copy we fall back to after a torn write.
      if (current !== undefined && isWellFormedRecord(current)) await vault.put(current, 'previous');
      await vault.put(record, 'current');
      const meta = parseMeta(await metaStore.get(META_KEY));
      await metaStore.put({ ...meta, initialized: true }, META_KEY);
      await tx.done;
      known = { current: record };
      initialized = true;
    },

    async commit({ vault: record, states = {}, remove = [], previous }) {
      try {
        parseRecordV2(record);
        for (const [name, r] of Object.entries(states)) parseStateRecordV2(r, name);
      } catch (e) {
        throw new VaultError(`commit: refusing an invalid record (${(e as Error).message})`, 'BAD_ARGUMENT');
      }
      // Durability: a change the user is told about as done (password, KDF upgrade, a new key in
      // the vault) is flushed to disk before we answer ('strict'); routine state saves ('keep') are
      // 'relaxed' (a crash may lose the last one, never tear it). Requests are issued back to back.
      const durability = previous === 'keep' ? 'relaxed' : 'strict';
      const tx = db.transaction(['vault', 'state', 'meta'], 'readwrite', { durability });
      const vault = tx.objectStore('vault');
      const metaStore = tx.objectStore('meta');
      const [old, meta] = await Promise.all([
        known || previous !== 'rotate' ? known?.current : vault.get('current'),
        initialized ? undefined : metaStore.get(META_KEY),
      ]);
      const writes: Promise<unknown>[] = [];
      if (previous === 'same') writes.push(vault.put(record, 'previous'));
      else if (previous === 'rotate' && old !== undefined && isWellFormedAny(old))
        writes.push(vault.put(old, 'previous'));
      writes.push(vault.put(record, 'current'));
      for (const [name, r] of Object.entries(states)) writes.push(tx.objectStore('state').put(r, name));
      for (const name of remove) writes.push(tx.objectStore('state').delete(name));
      if (!initialized) writes.push(metaStore.put({ ...parseMeta(meta), initialized: true }, META_KEY));
      try {
        await Promise.all([...writes, tx.done]);
      } catch (e) {
        known = undefined; // not sure what is on disk now: read it next time
        throw e;
      }
      known = { current: record };
      initialized = true;
    },

    async readState(name) {
      return db.get('state', name);
    },

    async writeState(name, record) {
      if ((record as { v?: unknown }).v === 2)
        throw new VaultError('record: v2 state goes through commit()', 'BAD_ARGUMENT');
      try {
        parseStateRecord(record, name);
      } catch (e) {
        throw new VaultError(
          `record: refusing to store state ${JSON.stringify(name)} (${(e as Error).message})`,
          'BAD_ARGUMENT',
        );
      }
      const tx = db.transaction('state', 'readwrite');
      await tx.store.put(record, name);
      await tx.done;
    },

    async readMeta() {
      return parseMeta(await db.get('meta', META_KEY));
    },

    writeMeta(patch) {
      return updateMeta(() => patch);
    },

    updateMeta,

    readRecoveryRequest() {
      return db.get('meta', REQUEST_KEY);
    },

    async writeRecoveryRequest(record) {
      const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(record as never, REQUEST_KEY), tx.done]);
    },

    async clearRecoveryRequest() {
      const tx = db.transaction('meta', 'readwrite');
      await Promise.all([tx.store.delete(REQUEST_KEY), tx.done]);
    },

    async clearAll() {
      const tx = db.transaction(['vault', 'state', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('vault').clear(),
        tx.objectStore('state').clear(),
        tx.objectStore('meta').clear(),
        tx.done,
      ]);
      known = undefined;
      initialized = false;
    },

    close() {
      db.close();
    },
  };
}
