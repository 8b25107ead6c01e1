/**
 * The background worker's composition root: the security ring, the vault store and the wallet,
 * wired to browser ports, storage and alarms. Listeners are registered synchronously at the top
 * level, so an event that wakes a stopped MV3 worker reaches them; the async parts wait on `ready`.
 */
import '../shared/lockdown';
import browser from 'webextension-polyfill';
import { createJsonRpcClient } from '../../src/chains/evm/jsonRpc';
import { toHexChainId } from '../../src/chains/evm/networks';
import { createAuditLog, createRing } from '../../src/ring';
import { createProcedureServer } from '../../src/rpc/procedures/server';
import { PAGE_PORT, POPUP_PORT } from '../../src/rpc/relayProtocol';
import { createDappRouter } from '../../src/rpc/router';
import { publicStore } from '../../src/services/keyValueStore';
import { createNetworkService } from '../../src/services/networks';
import { openVaultStore } from '../../src/vault';
import { createContext, lock, toProcedureError, walletProcedures } from '../../src/wallet';
import { createAutoLock, persistAuditLog } from '../../src/wallet/housekeeping';
import { alarmLockTimer, keepWorkerAlive, onAutoLockAlarm } from './lifecycle';
import { attachPagePort, broadcast } from './pagePorts';
import { attachPopupPort } from './popupPort';
import { localStore } from './storage';

const ring = createRing({ audit: createAuditLog() });
const networks = createNetworkService(publicStore(ring, localStore));
const route = createDappRouter(ring, {
  selectedNetwork: networks.selected,
  rpc: createJsonRpcClient(),
  grantedAccounts: async () => [],
});

const ready = openVaultStore().then((store) => {
  const ctx = createContext({ ring, store });
  const autoLock = createAutoLock(ctx, alarmLockTimer);
  persistAuditLog(ctx);
  ctx.listeners.add((state) => keepWorkerAlive(state === 'unlocked'));
  const serve = createProcedureServer(ring, walletProcedures(ctx, networks), {
    mapError: toProcedureError,
    onInternalError: (name) => console.warn(`ringfence: procedure ${name} failed unexpectedly`),
  });
  return { ctx, serve, autoLock };
});
onAutoLockAlarm(() => void ready.then(({ ctx }) => lock(ctx)));

async function servePopup(call: unknown) {
  let wallet: Awaited<typeof ready>;
  try {
    wallet = await ready;
  } catch {
    // IndexedDB can be unavailable (e.g. some private-browsing modes): say so instead of hanging.
    const id = (call as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return undefined;
    const message = 'The wallet cannot open its storage (IndexedDB) in this browser profile';
    return { id, ok: false as const, error: { code: 'STORAGE_UNAVAILABLE', message } };
  }
  wallet.autoLock.touch();
  return wallet.serve(call);
}

networks.onChange((network) => broadcast('chainChanged', toHexChainId(network.chainId)));

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PAGE_PORT) attachPagePort(port, route);
  else if (port.name === POPUP_PORT) attachPopupPort(port, servePopup);
  else port.disconnect();
});
