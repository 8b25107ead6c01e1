/** The small storage port the ring's services persist through (storage.local in the extension). */
import { labeled, type Ring, storageSink } from '../ring';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** An in-memory store for tests and for code paths that must not persist. */
export function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key) => structuredClone(data[key]),
    set: async (key, value) => {
      data[key] = structuredClone(value);
    },
  };
}

/**
 * A store whose writes pass the ring's storage sink (clearance public) as public data: for
 * settings that must be readable while locked (the network registry: chain ids and RPC URLs,
 * which dapps' read-only calls need before unlock). Anything secret must use the vault instead.
 */
export function publicStore(ring: Ring, store: KeyValueStore): KeyValueStore {
  return {
    get: (key) => store.get(key),
    set: async (key, value) => {
      let write: Promise<void> = Promise.resolve();
      ring.emit(
        storageSink(`storage.local:${key}`, (v) => {
          write = store.set(key, v);
        }),
        labeled('public', value),
      );
      await write;
    },
  };
}
