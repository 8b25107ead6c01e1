/**
 * The EVM network registry: which chains the wallet knows, which one is selected, and the
 * user-editable RPC URL of each. Pure functions over a plain state object; the background
 * persists it. Chain ids are EIP-155 (https://eips.ethereum.org/EIPS/eip-155).
 *
 *   let state = defaultNetworkState();
 *   state = selectNetwork(state, 'sepolia');
 *   selectedNetwork(state).chainId; // 11155111
 */

export interface Network {
  id: string;
  name: string;
  chainId: number;
  rpcUrl: string;
  symbol: string;
  decimals: number;
  /** The URL the wallet shipped with, so the user can go back to it. */
  defaultRpcUrl: string;
}

export interface NetworkState {
  version: 1;
  networks: Network[];
  selectedId: string;
}

function network(id: string, name: string, chainId: number, rpcUrl: string): Network {
  return { id, name, chainId, rpcUrl, symbol: 'ETH', decimals: 18, defaultRpcUrl: rpcUrl };
}

export const DEFAULT_NETWORKS: readonly Network[] = Object.freeze([
  network('local', 'Local chain 8545', 31337, 'http://127.0.0.1:8545'),
  network('mainnet', 'Ethereum', 1, 'https://ethereum-rpc.publicnode.com'),
  network('sepolia', 'Sepolia', 11155111, 'https://ethereum-sepolia-rpc.publicnode.com'),
]);

export function defaultNetworkState(): NetworkState {
  return { version: 1, networks: DEFAULT_NETWORKS.map((n) => ({ ...n })), selectedId: 'local' };
}

export function selectedNetwork(state: NetworkState): Network {
  const found = state.networks.find((n) => n.id === state.selectedId) ?? state.networks[0];
  if (!found) throw new Error('networks: the registry is empty');
  return found;
}

function requireNetwork(state: NetworkState, id: string): Network {
  const found = state.networks.find((n) => n.id === id);
  if (!found)
    throw new TypeError(
      `networkId: no network "${id}" (known: ${state.networks.map((n) => n.id).join(', ')})`,
    );
  return found;
}

export function selectNetwork(state: NetworkState, id: string): NetworkState {
  requireNetwork(state, id);
  return { ...state, selectedId: id };
}

export function selectNetworkByChainId(state: NetworkState, chainId: number): NetworkState {
  const found = state.networks.find((n) => n.chainId === chainId);
  if (!found) throw new TypeError(`chainId: no network with chain id ${chainId}`);
  return { ...state, selectedId: found.id };
}

/** Only http(s) URLs: anything else (javascript:, file:, data:) is refused, with the reason. */
export function parseRpcUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new TypeError(`rpcUrl: expected an http(s) URL, got "${url.slice(0, 40)}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`rpcUrl: expected an http(s) URL, got protocol "${parsed.protocol}"`);
  }
  // Keep what the user typed (trimmed): normalising would add a trailing slash, and the default
  // URLs would no longer compare equal to themselves after a reset.
  return url.trim();
}

/** Adds a network (EIP-3085); its id is derived from the chain id, which must be new. */
export function addNetwork(
  state: NetworkState,
  network: Omit<Network, 'id' | 'defaultRpcUrl'>,
): NetworkState {
  if (state.networks.some((n) => n.chainId === network.chainId))
    throw new TypeError(`chainId: a network with chain id ${network.chainId} already exists`);
  const rpcUrl = parseRpcUrl(network.rpcUrl);
  const added: Network = { ...network, id: `chain-${network.chainId}`, rpcUrl, defaultRpcUrl: rpcUrl };
  return { ...state, networks: [...state.networks, added] };
}

export function setRpcUrl(state: NetworkState, id: string, url: string): NetworkState {
  requireNetwork(state, id);
  const rpcUrl = parseRpcUrl(url);
  return { ...state, networks: state.networks.map((n) => (n.id === id ? { ...n, rpcUrl } : n)) };
}

/** Accepts stored state only if it has the expected shape; otherwise the defaults (never a crash). */
export function loadNetworkState(stored: unknown): NetworkState {
  const s = stored as NetworkState | undefined;
  if (s?.version !== 1 || !Array.isArray(s.networks) || typeof s.selectedId !== 'string') {
    return defaultNetworkState();
  }
  const valid = s.networks.filter(
    (n) => n && typeof n.id === 'string' && Number.isSafeInteger(n.chainId) && typeof n.rpcUrl === 'string',
  );
  return valid.length > 0 ? { version: 1, networks: valid, selectedId: s.selectedId } : defaultNetworkState();
}

export function toHexChainId(chainId: number): `0x${string}` {
  return `0x${chainId.toString(16)}`;
}
