/**
 * The IndexedDB schema of the `ringfence` database and its migrations. Migration i takes the database
 * from version i to i+1; the schema version is simply the number of migrations, so adding a step is
 * the only way to change the schema and old databases replay every step they missed, in order.
 *
 *   const db = await openRingfenceDb('ringfence', indexedDB);
 *   await db.get('vault', 'current');
 *   db.close();
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';

export interface RingfenceDB extends DBSchema {
  /** keys 'current' and 'previous': vault records (ciphertext + clear header) */
  vault: { key: VaultSlot; value: unknown };
  /** encrypted private state by name: always sealed records */
  state: { key: string; value: unknown };
  /** clear data the lock screen needs; key 'lock' */
  meta: { key: 'lock' | 'recovery-request'; value: unknown };
}
export type VaultSlot = 'current' | 'previous';
export type RingfenceDatabase = IDBPDatabase<RingfenceDB>;

/** A step sees the untyped database: each version has its own shape. */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void;

export const migrations: readonly Migration[] = [
  // 0 → 1: initial stores. Out-of-line string keys; values are opaque to IndexedDB.
  (db) => {
    db.createObjectStore('vault');
    db.createObjectStore('state');
    db.createObjectStore('meta');
  },
];
export const SCHEMA_VERSION = migrations.length;

export function runMigrations(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  steps: readonly Migration[] = migrations,
): void {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`migrations[${v}]: missing step from version ${v} to ${v + 1}`);
    step(db, tx);
  }
}

/**
 * Like idb's openDB, but on an injectable IDBFactory (tests pass fake-indexeddb's). A newer worker
 * asking to upgrade makes us close, so an extension update is never blocked by a stale connection.
 */
export async function openRingfenceDb(
  name: string,
  factory: IDBFactory,
  steps: readonly Migration[] = migrations,
): Promise<RingfenceDatabase> {
  const request = factory.open(name, steps.length);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) throw new Error('upgradeneeded without a versionchange transaction');
    const upgradeTx = wrap(tx) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    runMigrations(wrap(request.result), event.oldVersion, event.newVersion ?? steps.length, upgradeTx, steps);
  });
  const db = (await wrap(request)) as RingfenceDatabase | undefined;
  if (!db) throw new Error(`indexedDB.open(${JSON.stringify(name)}): no database`);
  db.addEventListener('versionchange', () => db.close());
  return db;
}
