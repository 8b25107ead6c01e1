/**
 * Test-only helpers for the vault's unit tests (not exported from index.ts, not used by the worker):
 * cheap-but-valid KDF settings, an isolated fake-indexeddb store, raw access to the stored bytes.
 *
 *   const { store, factory } = await freshStore();  // needs `import 'fake-indexeddb/auto'` first
 *   await rawPut(factory, 'vault', 'current', 'garbage');
 *   expect(await dump(factory)).toBe(before);      // byte-for-byte comparison of every store
 */
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { type Argon2idSettings, PBKDF2_FALLBACK_KDF, type Pbkdf2Settings } from './kdfParams.js';
import { openRingfenceDb } from './schema.js';
import { DEFAULT_DB_NAME, openVaultStore, type VaultStore } from './store.js';

/** The minimums: the cheapest params validation accepts (≈ 0.3 s Argon2id, ≈ 0.15 s PBKDF2). */
export const FAST_ARGON2: Argon2idSettings = { name: 'argon2id', m: 19456, t: 2, p: 1 };
export const FAST_PBKDF2: Pbkdf2Settings = PBKDF2_FALLBACK_KDF;

export async function freshStore(): Promise<{ store: VaultStore; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { store: await openVaultStore(DEFAULT_DB_NAME, factory), factory };
}

type StoreName = 'vault' | 'state' | 'meta';

/** Write anything, bypassing the store's validation: simulates crashes and on-disk tampering. */
export async function rawPut(
  factory: IDBFactory,
  store: StoreName,
  key: string,
  value: unknown,
): Promise<void> {
  const db = await openRingfenceDb(DEFAULT_DB_NAME, factory);
  // biome-ignore lint/suspicious/noExplicitAny: deliberately untyped writes of garbage
  await db.put(store, value as any, key as any);
  db.close();
}

/** Every key and value of every store, serialised: equal dumps ⇔ nothing was modified or deleted. */
export async function dump(
  factory: IDBFactory,
  stores: StoreName[] = ['vault', 'state', 'meta'],
): Promise<string> {
  const db = (await openRingfenceDb(DEFAULT_DB_NAME, factory)) as unknown as IDBPDatabase;
  const out: Record<string, unknown> = {};
  for (const name of stores) {
    const tx = db.transaction(name, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    out[name] = keys.map((k, i) => [k, values[i]]);
  }
  db.close();
  return JSON.stringify(out);
}

/** Flip bits of one byte of a base64 string's decoded bytes, re-encode. */
export function flipBase64Byte(b64: string, index: number, mask = 0x01): string {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const i = ((index % bytes.length) + bytes.length) % bytes.length;
  bytes[i] = (bytes[i] ?? 0) ^ (mask || 0x01);
  return btoa(String.fromCharCode(...bytes));
}
