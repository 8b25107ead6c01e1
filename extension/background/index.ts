/**
 * The background worker's composition root: wires the ring (src/) to browser ports and storage.
 * Listeners are registered synchronously at the top level, so an event that wakes a stopped MV3
 * worker reaches them.
 */
import '../shared/lockdown';
import browser from 'webextension-polyfill';
import { createJsonRpcClient } from '../../src/chains/evm/jsonRpc';
import { toHexChainId } from '../../src/chains/evm/networks';
import { createProcedureServer } from '../../src/rpc/procedures/server';
import { PAGE_PORT, POPUP_PORT } from '../../src/rpc/relayProtocol';
import { createDappRouter } from '../../src/rpc/router';
import { createNetworkService } from '../../src/services/networks';
import { attachPagePort, broadcast } from './pagePorts';
import { attachPopupPort } from './popupPort';
import { localStore } from './storage';

const networks = createNetworkService(localStore);
const route = createDappRouter({
  selectedNetwork: networks.selected,
  rpc: createJsonRpcClient(),
  grantedAccounts: async () => [],
});
const serve = createProcedureServer(
  {
    getStatus: async () => ({ state: 'uninitialized' }),
    getNetworks: () => networks.view(),
    selectNetwork: ({ id }) => networks.select(id),
    setRpcUrl: ({ id, rpcUrl }) => networks.setRpcUrl(id, rpcUrl),
  },
  (name) => console.warn(`ringfence: procedure ${name} failed`),
);

networks.onChange((network) => broadcast('chainChanged', toHexChainId(network.chainId)));

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PAGE_PORT) attachPagePort(port, route);
  else if (port.name === POPUP_PORT) attachPopupPort(port, serve);
  else port.disconnect();
});
