/**
 * The network service: the registry's state, persisted, with change notification (the background
 * turns a change of the selected chain into EIP-1193 `chainChanged` for every connected page).
 *
 *   const networks = createNetworkService(store);
 *   await networks.select('sepolia');
 *   (await networks.selected()).chainId; // 11155111
 */
import {
  addNetwork,
  loadNetworkState,
  type Network,
  type NetworkState,
  selectedNetwork,
  selectNetwork,
  selectNetworkByChainId,
  setRpcUrl,
} from '../chains/evm/networks';
import type { NetworksView } from '../rpc/procedures/networks';
import type { KeyValueStore } from './keyValueStore';

const KEY = 'networks';

export function createNetworkService(store: KeyValueStore) {
  let state: Promise<NetworkState> | undefined;
  const listeners = new Set<(network: Network) => void>();
  const current = () => {
    state ??= store.get(KEY).then(loadNetworkState, () => loadNetworkState(undefined));
    return state;
  };

  const view = async (): Promise<NetworksView> => {
    const s = await current();
    return { selectedId: s.selectedId, networks: s.networks };
  };

  async function update(change: (s: NetworkState) => NetworkState): Promise<NetworksView> {
    const before = await current();
    const after = change(before);
    await store.set(KEY, after);
    state = Promise.resolve(after);
    const [was, now] = [selectedNetwork(before), selectedNetwork(after)];
    if (was.chainId !== now.chainId || was.rpcUrl !== now.rpcUrl)
      for (const listener of listeners) listener(now);
    return view();
  }

  return {
    selected: async () => selectedNetwork(await current()),
    view,
    select: (id: string) => update((s) => selectNetwork(s, id)),
    list: async () => (await current()).networks,
    selectByChainId: async (chainId: number) =>
      void (await update((s) => selectNetworkByChainId(s, chainId))),
    add: async (network: Omit<Network, 'id' | 'defaultRpcUrl'>) =>
      void (await update((s) => addNetwork(s, network))),
    setRpcUrl: (id: string, url: string) => update((s) => setRpcUrl(s, id, url)),
    onChange(listener: (network: Network) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
