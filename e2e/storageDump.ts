/** Reading a profile's whole extension storage from its worker, for canary scans (no secret in clear). */
import type { Worker } from '@playwright/test';

/** Every IndexedDB database and both extension storage areas, read from inside the worker. */
export async function dumpStorage(worker: Worker): Promise<string> {
  const dump = worker.evaluate(async () => {
    const hex = (u8: Uint8Array) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
    const b64 = (u8: Uint8Array) => btoa(Array.from(u8, (b) => String.fromCharCode(b)).join(''));
    const replacer = (_key: string, value: unknown) => {
      if (value instanceof ArrayBuffer) value = new Uint8Array(value);
      if (ArrayBuffer.isView(value)) {
        const u8 = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return { hex: hex(u8), base64: b64(u8) };
      }
      if (typeof value === 'bigint') return value.toString(16);
      return value;
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const databases: Record<string, Record<string, { keys: unknown[]; values: unknown[] }>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores: Record<string, { keys: unknown[]; values: unknown[] }> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        stores[name] = { keys: await request(store.getAllKeys()), values: await request(store.getAll()) };
      }
      db.close();
      databases[info.name] = stores;
    }
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } })
      .chrome;
    const local = await storage.local.get(null);
    const session = await storage.session.get(null);
    return JSON.stringify({ databases, local, session }, replacer);
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('reading storage from the worker timed out')), 15_000),
  );
  return Promise.race([dump, timeout]);
}

export const bytesOf = (hex: string) => Buffer.from(hex.replace(/^0x/, ''), 'hex');

/** Binary found in the dump: hex blobs as serialised, plus every base64-looking string decoded. */
export function binaryCorpus(dump: string): string {
  const hexes = [...dump.matchAll(/"hex":"([0-9a-f]*)"/g)].map((m) => m[1]);
  const decoded = [...dump.matchAll(/"([A-Za-z0-9+/_-]{24,}={0,2})"/g)].map((m) =>
    Buffer.from(m[1]!.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex'),
  );
  return [...hexes, ...decoded].join('|');
}

/** Whether `dump` holds `bytes` as hex, base64, base64url, a byte list or raw bytes in a blob. */
export function holdsBytes(dump: string, bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes);
  const hex = b.toString('hex');
  return (
    dump.toLowerCase().includes(hex) ||
    dump.includes(b.toString('base64')) ||
    dump.includes(b.toString('base64url')) ||
    dump.includes(Array.from(b).join(',')) ||
    binaryCorpus(dump).includes(hex)
  );
}
