/**
 * Fees, gas and nonce for a new transaction, from the user's own node. EIP-1559
 * (https://eips.ethereum.org/EIPS/eip-1559) when the latest block has a base fee, else legacy gasPrice.
 *
 *   const fees = await suggestFees(rpc, url);       // { type: 'eip1559', maxFeePerGas, … } | { type: 'legacy', gasPrice }
 *   const gas = await estimateGas(rpc, url, { from, to, value });
 *   const nonce = await nextNonce(rpc, url, from);
 */
import { parseAddress } from './address';
import { type CallRequest, hasData, toRpcCall } from './callRequest';
import { parseQuantity } from './hex';
import type { JsonRpcCall } from './jsonRpc';

export type FeeSuggestion =
  | { type: 'eip1559'; baseFeePerGas: bigint; maxPriorityFeePerGas: bigint; maxFeePerGas: bigint }
  | { type: 'legacy'; gasPrice: bigint };

const GWEI = 1_000_000_000n;
/** ethers' default tip, used only when the node offers no opinion at all. */
const FALLBACK_TIP = GWEI;
const HISTORY_BLOCKS = 10;

function median(values: bigint[]): bigint {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The median tip paid in recent non-empty blocks. Empty blocks report a reward of 0, which means
 * "no data", not "free": counting them would suggest 0 on a quiet chain (anvil) and the tx could
 * sit behind any node with a minimum tip. Without data, ask eth_maxPriorityFeePerGas (geth, anvil,
 * reth, erigon: anvil says 1 gwei), then fall back to 1 gwei.
 */
async function suggestTip(rpc: JsonRpcCall, url: string, history: unknown): Promise<bigint> {
  const h = history as { reward?: unknown[][]; gasUsedRatio?: number[] } | undefined;
  const tips: bigint[] = [];
  h?.gasUsedRatio?.forEach((ratio, i) => {
    const reward = h.reward?.[i]?.[0];
    if (ratio > 0 && reward !== undefined) tips.push(parseQuantity(reward, `eth_feeHistory reward[${i}]`));
  });
  if (tips.length > 0) {
    const tip = median(tips);
    return tip > 0n ? tip : 1n; // a chain whose blocks paid no tip: 1 wei, never a zero-tip tx
  }
  try {
    return parseQuantity(await rpc(url, 'eth_maxPriorityFeePerGas', []), 'eth_maxPriorityFeePerGas result');
  } catch {
    return FALLBACK_TIP;
  }
}

export async function suggestFees(rpc: JsonRpcCall, url: string): Promise<FeeSuggestion> {
  const block = (await rpc(url, 'eth_getBlockByNumber', ['latest', false])) as {
    baseFeePerGas?: unknown;
  } | null;
  if (block?.baseFeePerGas === undefined || block.baseFeePerGas === null) {
    return {
      type: 'legacy',
      gasPrice: parseQuantity(await rpc(url, 'eth_gasPrice', []), 'eth_gasPrice result'),
    };
  }
  let baseFeePerGas = parseQuantity(block.baseFeePerGas, 'latest block baseFeePerGas');
  let history: unknown;
  try {
    history = await rpc(url, 'eth_feeHistory', [`0x${HISTORY_BLOCKS.toString(16)}`, 'latest', [50]]);
    // The last entry is the base fee of the *next* block, the one the transaction will land in.
    const next = (history as { baseFeePerGas?: unknown[] }).baseFeePerGas?.at(-1);
    if (next !== undefined) baseFeePerGas = parseQuantity(next, 'eth_feeHistory baseFeePerGas');
  } catch {
    history = undefined; // nodes without eth_feeHistory: the latest base fee and the node's tip will do
  }
  const maxPriorityFeePerGas = await suggestTip(rpc, url, history);
  // 2 × base fee survives six full blocks in a row (+12.5% each) before the tx is priced out.
  return {
    type: 'eip1559',
    baseFeePerGas,
    maxPriorityFeePerGas,
    maxFeePerGas: 2n * baseFeePerGas + maxPriorityFeePerGas,
  };
}

/**
 * The node's estimate with a 20% margin: state can change between estimate and inclusion (a pool
 * price, a storage slot going from zero). A plain transfer that the node prices at exactly 21000 ran
 * no code, so it keeps 21000: "send max" needs the exact fee.
 */
export async function estimateGas(rpc: JsonRpcCall, url: string, call: CallRequest): Promise<bigint> {
  const estimate = parseQuantity(
    await rpc(url, 'eth_estimateGas', [toRpcCall(call)]),
    'eth_estimateGas result',
  );
  if (estimate <= 21_000n && !hasData(call)) return 21_000n;
  const padded = (estimate * 12n + 9n) / 10n;
  return padded < 21_000n ? 21_000n : padded;
}

/** The next nonce, counting the account's transactions still in the node's pool. */
export async function nextNonce(rpc: JsonRpcCall, url: string, address: string): Promise<bigint> {
  const from = parseAddress(address, 'address');
  return parseQuantity(
    await rpc(url, 'eth_getTransactionCount', [from, 'pending']),
    'eth_getTransactionCount result',
  );
}
