/** The small storage port the ring's services persist through (storage.local in the extension). */
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
