/**
 * The background worker's composition root: the security ring, the vault store and the wallet,
 * wired to browser ports, storage, alarms and the approval window. Listeners are registered
 * synchronously at the top level, so an event that wakes a stopped MV3 worker reaches them; the
 * async parts wait on `ready`.
 */
import '../shared/lockdown';
import browser from 'webextension-polyfill';
import { createJsonRpcClient } from '../../src/chains/evm/jsonRpc';
import { toHexChainId } from '../../src/chains/evm/networks';
import { createBackend, UTXO_NETWORKS } from '../../src/chains/utxo';
import { backendConfig } from '../../src/chains/utxo/backendSettings';
import { createAuditLog, createRing } from '../../src/ring';
import { createApprovalQueue } from '../../src/rpc/approvals';
import { createProcedureServer } from '../../src/rpc/procedures/server';
import { PAGE_PORT, POPUP_PORT, type ProviderEvent } from '../../src/rpc/relayProtocol';
import { createDappRouter } from '../../src/rpc/router';
import { publicStore } from '../../src/services/keyValueStore';
import { createNetworkService } from '../../src/services/networks';
import { openVaultStore } from '../../src/vault';
import { createContext, lock, toProcedureError, walletProcedures } from '../../src/wallet';
import { createBitcoinDappWallet } from '../../src/wallet/bitcoinDapp';
import { createDappWallet } from '../../src/wallet/dappWallet';
import { createAutoLock, persistAuditLog } from '../../src/wallet/housekeeping';
import { createApprovalWindow } from './approvalWindow';
import { trackConnectedPages } from './connectedPages';
import { alarmLockTimer, keepWorkerAlive, onAutoLockAlarm } from './lifecycle';
import { attachPagePort, broadcast } from './pagePorts';
import { attachPopupPort } from './popupPort';
import { localStore } from './storage';

const ring = createRing({ audit: createAuditLog() });
const networks = createNetworkService(publicStore(ring, localStore));
const rpc = createJsonRpcClient();
const approvals = createApprovalQueue({ onChange: (open) => open > 0 && approvalWindow.show() });
// A window closed on its requests rejects them (4001); one that closed itself on an empty queue
// leaves a request that came meanwhile (e.g. the switch card after an add card) for a new window.
const approvalWindow = createApprovalWindow(() => approvals.windowClosed() && approvalWindow.show());
const emitEvent = (origin: string, event: ProviderEvent, data: unknown) => broadcast(event, data, origin);

const ready = openVaultStore().then((store) => {
  const ctx = createContext({ ring, store });
  const wallet = createDappWallet(ctx);
  const autoLock = createAutoLock(ctx, alarmLockTimer);
  persistAuditLog(ctx);
  ctx.listeners.add((state) => keepWorkerAlive(state === 'unlocked'));
  const pages = trackConnectedPages(wallet, emitEvent);
  const dapp = { approvals, wallet, rpc, networks: networks.list, emitEvent: pages.emit };
  const serve = createProcedureServer(ring, walletProcedures(ctx, networks, dapp), {
    mapError: toProcedureError,
    onInternalError: (name) => console.warn(`ringfence: procedure ${name} failed unexpectedly`),
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
    emitEvent: pages.emit,
    now: Date.now,
  });
  return { ctx, serve, route, autoLock, pages };
});
onAutoLockAlarm(() => void ready.then(({ ctx }) => lock(ctx)));

const NO_STORAGE = 'The wallet cannot open its storage (IndexedDB) in this browser profile';

async function servePopup(call: unknown) {
  let wallet: Awaited<typeof ready>;
  try {
    wallet = await ready;
  } catch {
    // IndexedDB can be unavailable (e.g. some private-browsing modes): say so instead of hanging.
    const id = (call as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return undefined;
    return { id, ok: false as const, error: { code: 'STORAGE_UNAVAILABLE', message: NO_STORAGE } };
  }
  wallet.autoLock.touch();
  return wallet.serve(call);
}

function routeDapp(origin: string, payload: unknown) {
  return ready.then(
    ({ route }) => route(origin, payload),
    () => ({ error: { code: 4900, message: NO_STORAGE } }),
  );
}

// Only connected pages hear chainChanged (the "events to connected pages only").
networks.onChange(
  (network) =>
    void ready.then(({ pages }) => pages.broadcastToConnected('chainChanged', toHexChainId(network.chainId))),
);

browser.runtime.onConnect.addListener((port) => {
  if (port.name.startsWith(PAGE_PORT)) attachPagePort(port, routeDapp);
  else if (port.name === POPUP_PORT) attachPopupPort(port, servePopup);
  else port.disconnect();
});
