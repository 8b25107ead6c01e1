/**
 * Methods that may be sent again after the worker restarted mid-request: they only read, so a
 * replay cannot sign, send or prompt twice. The content script replays these once and rejects
 * every other in-flight request with 4900. Kept as plain names (no schemas) so the content
 * script can import it cheaply; readOnly.test.ts keeps it in step with the allow-list.
 */
export const READ_ONLY_METHOD_NAMES = [
  'eth_blockNumber',
  'eth_gasPrice',
  'eth_maxPriorityFeePerGas',
  'eth_blobBaseFee',
  'eth_syncing',
  'web3_clientVersion',
  'eth_getBalance',
  'eth_getTransactionCount',
  'eth_getCode',
  'eth_getStorageAt',
  'eth_call',
  'eth_estimateGas',
  'eth_feeHistory',
  'eth_getBlockByNumber',
  'eth_getBlockByHash',
  'eth_getBlockTransactionCountByNumber',
  'eth_getTransactionByHash',
  'eth_getTransactionReceipt',
  'eth_getLogs',
  'eth_getProof',
] as const;

const REPLAY_SAFE = new Set<string>([
  ...READ_ONLY_METHOD_NAMES,
  'eth_chainId',
  'net_version',
  'eth_accounts',
]);

export function isReplaySafe(payload: unknown): boolean {
  const method = (payload as { method?: unknown } | null)?.method;
  return typeof method === 'string' && REPLAY_SAFE.has(method);
}
