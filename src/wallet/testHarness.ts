/**
 * Test-only: a complete ring in Node — real vault (fake-indexeddb, IndexedDB's reference
 * implementation in JS, since Node has no IndexedDB), real keys and ring, the real procedure
 * server — driven the way the popup drives it.
 */
import { createRing } from '../ring';
import { PROCEDURES, type Procedures } from '../rpc/procedures';
import type { InputOf, ProcedureResult } from '../rpc/procedures/procedure';
import { createProcedureServer } from '../rpc/procedures/server';
import { memoryStore } from '../services/keyValueStore';
import { createNetworkService } from '../services/networks';
import type { VaultStore } from '../vault';
import { FAST_PBKDF2, freshStore } from '../vault/testing';
import { createContext } from './context';
import { toProcedureError } from './errors';
import { walletProcedures } from './procedures';

export const TEST_MNEMONIC = 'test test test test test test test test test test test junk';
export const TEST_PASSWORD = 'correct horse 1';

/** A ring over a fresh store, or over `options.store` to simulate a restarted worker. */
export async function harness(options: { store?: VaultStore } = {}) {
  const fresh = options.store ? undefined : await freshStore();
  const store = options.store ?? fresh!.store;
  // Only a fresh store has its own factory (for raw dumps); a reused one belongs to the first harness.
  const factory = fresh?.factory as IDBFactory;
  const ring = createRing();
  const ctx = createContext({ ring, store, kdf: FAST_PBKDF2 });
  const networks = createNetworkService(memoryStore());
  const serve = createProcedureServer(ring, walletProcedures(ctx, networks), { mapError: toProcedureError });
  const popupMessages: ProcedureResult[] = [];
  let nextId = 1;
  async function call<K extends keyof Procedures>(name: K, input: InputOf<Procedures[K]>) {
    const result = (await serve({
      id: nextId++,
      procedure: PROCEDURES[name].name,
      input,
    })) as ProcedureResult;
    popupMessages.push(result);
    return result;
  }
  /** Like call, but throws on failure and returns the output. */
  async function ok<K extends keyof Procedures>(name: K, input: InputOf<Procedures[K]>) {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.output as Record<string, unknown>;
  }
  return { store, factory, ring, ctx, call, ok, popupMessages };
}
