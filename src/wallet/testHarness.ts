/**
 * Test-only: a complete ring in Node — real vault (fake-indexeddb, IndexedDB's reference
 * implementation in JS, since Node has no IndexedDB), real keys and ring, the real procedure
 * server — driven the way the popup drives it.
 */
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import { createBackend, UTXO_NETWORKS } from '../chains/utxo';
import { backendConfig } from '../chains/utxo/backendSettings';
import { RpcError } from '../errors';
import { createRing } from '../ring';
import { createApprovalQueue } from '../rpc/approvals';
import { PROCEDURES, type Procedures } from '../rpc/procedures';
import type { InputOf, ProcedureResult } from '../rpc/procedures/procedure';
import { createProcedureServer } from '../rpc/procedures/server';
import type { ProviderEvent } from '../rpc/relayProtocol';
import { createDappRouter } from '../rpc/router';
import { memoryStore } from '../services/keyValueStore';
import { createNetworkService } from '../services/networks';
import type { KdfSettings, VaultStore } from '../vault';
import { FAST_PBKDF2, freshStore } from '../vault/testing';
import { createBitcoinDappWallet } from './bitcoinDapp';
import { createContext } from './context';
import { createDappWallet } from './dappWallet';
import { toProcedureError } from './errors';
import { walletProcedures } from './procedures';

export const TEST_MNEMONIC = 'test test test test test test test test test test test junk';
export const TEST_PASSWORD = 'correct horse 1';

/** A ring over a fresh store, or over `options.store` to simulate a restarted worker. */
export interface HarnessOptions {
  store?: VaultStore;
  /** The dapp side's JSON-RPC (default: fails, as a node that is not there). */
  rpc?: JsonRpcCall;
  /** The local network's RPC URL (default http://127.0.0.1:8545). */
  rpcUrl?: string;
  /** KDF for new vaults and upgrades (default FAST_PBKDF2). */
  kdf?: KdfSettings;
}

export async function harness(options: HarnessOptions = {}) {
  const fresh = options.store ? undefined : await freshStore();
  const store = options.store ?? fresh!.store;
  // Only a fresh store has its own factory (for raw dumps); a reused one belongs to the first harness.
  const factory = fresh?.factory as IDBFactory;
  const ring = createRing();
  const ctx = createContext({ ring, store, kdf: options.kdf ?? FAST_PBKDF2 });
  const networks = createNetworkService(memoryStore());
  if (options.rpcUrl) await networks.setRpcUrl('local', options.rpcUrl);
  const rpc: JsonRpcCall =
    options.rpc ??
    (async () => {
      throw new RpcError(4901, 'no node in this test');
    });
  const approvals = createApprovalQueue();
  const wallet = createDappWallet(ctx);
  const events: { origin: string; event: ProviderEvent; data: unknown }[] = [];
  const emitEvent = (origin: string, event: ProviderEvent, data: unknown) =>
    void events.push({ origin, event, data });
  const dapp = { approvals, wallet, rpc, networks: networks.list, emitEvent };
  const serve = createProcedureServer(ring, walletProcedures(ctx, networks, dapp), {
    mapError: toProcedureError,
  });
  const route = createDappRouter(ring, {
    ring,
    selectedNetwork: networks.selected,
    networks,
    rpc,
    wallet,
    bitcoin: createBitcoinDappWallet(ctx, (stored, id) =>
      createBackend(backendConfig(stored, UTXO_NETWORKS[id])),
    ),
    approvals,
    emitEvent,
    now: Date.now,
  });
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
  /** The first card waiting for the user, once there is one (up to `ms`; a chain read can come first). */
  async function pending(ms = 2000) {
    for (let waited = 0; waited < ms && approvals.list().length === 0; waited += 5)
      await new Promise((r) => setTimeout(r, 5));
    const card = approvals.list()[0];
    if (!card) throw new Error(`pending: no request is waiting for approval after ${ms} ms`);
    return card;
  }
  /** Waits until a card is pending, then answers it like the user on the approval window. */
  async function answer(decision: 'approve' | 'reject', extra: Record<string, unknown> = {}) {
    const card = await pending();
    await ok('resolveApproval', { id: card.id, decision, ...extra });
    return card;
  }
  /** `site` asks for the accounts (eth_requestAccounts) and the user approves. */
  async function connect(site: string) {
    const connecting = route(site, { method: 'eth_requestAccounts', params: [] });
    await answer('approve');
    return connecting;
  }
  return {
    store,
    factory,
    ring,
    ctx,
    call,
    ok,
    popupMessages,
    route,
    approvals,
    events,
    networks,
    pending,
    answer,
    connect,
  };
}
