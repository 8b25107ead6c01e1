/**
 * ERC-20 reads over eth_call (https://eips.ethereum.org/EIPS/eip-20): token metadata for cards,
 * balances, and whether an address holds code. Metadata and "is a contract" are cached per
 * (RPC URL, address), at most 500 entries each, oldest dropped first.
 *
 *   await readTokenInfo(rpc, url, '0xA0b8…');   // { symbol: 'USDC', decimals: 6, name: 'USD Coin' } | undefined
 *   await isContract(rpc, url, to);              // false for an EOA
 *   await balanceOf(rpc, url, token, owner);     // bigint, in the token's smallest unit
 */
import type { TokenInfo } from '../../markup/facts';
import { decodeAbiString, decodeWords, encodeCall, SELECTORS } from './abi';
import { type Address, parseAddress } from './address';
import { type Hex, parseData } from './hex';
import type { JsonRpcCall } from './jsonRpc';

const CACHE_LIMIT = 500;
const tokenCache = new Map<string, TokenInfo>();
const contractCache = new Map<string, true>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  cache.delete(key); // re-inserting moves the key to the end: the Map's order is the LRU order
  cache.set(key, value);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return value;
}

async function ethCall(rpc: JsonRpcCall, url: string, to: Address, data: Hex): Promise<Uint8Array> {
  return parseData(await rpc(url, 'eth_call', [{ to, data }, 'latest']), 'eth_call result');
}

/**
 * symbol() and decimals() (and name() when it answers), or undefined when the address is no token:
 * an EOA answers "0x", a contract without the methods reverts, a broken one returns garbage.
 * Only answers are cached; a failed call may be a flaky node, so it is asked again next time.
 */
export async function readTokenInfo(
  rpc: JsonRpcCall,
  url: string,
  address: string,
): Promise<TokenInfo | undefined> {
  const token = parseAddress(address, 'address');
  const key = `${url} ${token}`;
  const cached = tokenCache.get(key);
  if (cached) return remember(tokenCache, key, cached);
  const [symbol, decimals, name] = await Promise.allSettled([
    ethCall(rpc, url, token, SELECTORS.symbol).then(decodeAbiString),
    ethCall(rpc, url, token, SELECTORS.decimals).then((data) => decodeWords(data.subarray(0, 32))[0]),
    ethCall(rpc, url, token, SELECTORS.name).then(decodeAbiString),
  ]);
  if (symbol.status !== 'fulfilled' || decimals.status !== 'fulfilled') return undefined;
  // decimals is a uint8 (EIP-20); a larger answer is no token the wallet could display.
  if (decimals.value === undefined || decimals.value > 255n) return undefined;
  const info: TokenInfo = { symbol: symbol.value, decimals: Number(decimals.value) };
  if (name.status === 'fulfilled') info.name = name.value;
  return remember(tokenCache, key, info);
}

/** EIP-7702: an EOA that delegates to code holds 0xef0100 ‖ address; it is still a key-held account. */
function isDelegation(code: Uint8Array): boolean {
  return code.length === 23 && code[0] === 0xef && code[1] === 0x01 && code[2] === 0x00;
}

/**
 * Whether the address holds contract code. Only `true` is cached: code can appear later at an
 * address that is empty now (a counterfactual wallet deployed on first use).
 */
export async function isContract(rpc: JsonRpcCall, url: string, address: string): Promise<boolean> {
  const account = parseAddress(address, 'address');
  const key = `${url} ${account}`;
  if (contractCache.has(key)) return true;
  const code = parseData(await rpc(url, 'eth_getCode', [account, 'latest']), 'eth_getCode result');
  if (code.length === 0 || isDelegation(code)) return false;
  remember(contractCache, key, true);
  return true;
}

/** balanceOf(owner); throws when the call fails, since a wrong balance is worse than none. */
export async function balanceOf(
  rpc: JsonRpcCall,
  url: string,
  token: string,
  owner: string,
): Promise<bigint> {
  const to = parseAddress(token, 'token');
  const data = await ethCall(rpc, url, to, encodeCall(SELECTORS.balanceOf, [parseAddress(owner, 'owner')]));
  if (data.length < 32) throw new TypeError(`token: balanceOf answered ${data.length} bytes, not a uint256`);
  return decodeWords(data.subarray(0, 32))[0]!;
}

/** Forgets cached metadata (tests; or after the user edits a network's RPC URL). */
export function clearTokenCache(): void {
  tokenCache.clear();
  contractCache.clear();
}
