/**
 * A minimal JSON-RPC 2.0 client over fetch (https://www.jsonrpc.org/specification) for the
 * user's EVM endpoints. Node errors keep their code and message (a dapp needs "execution
 * reverted" and its data); transport failures become 4901 (chain disconnected, EIP-1193).
 *
 *   const call = createJsonRpcClient({ timeoutMs: 15_000 });
 *   const hex = await call('http://127.0.0.1:8545', 'eth_blockNumber', []);
 */
import { ErrorCode, RpcError } from '../../errors';

export type JsonRpcCall = (url: string, method: string, params: unknown) => Promise<unknown>;

export interface JsonRpcClientOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createJsonRpcClient(options: JsonRpcClientOptions = {}): JsonRpcCall {
  const timeoutMs = options.timeoutMs ?? 15_000;
  let nextId = 1;
  return async (url, method, params) => {
    const doFetch = options.fetch ?? fetch;
    const body = JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params: params ?? [] });
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const why =
        (error as Error)?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable';
      throw new RpcError(
        ErrorCode.chainDisconnected,
        `Chain disconnected: the network's RPC endpoint is ${why}`,
      );
    }
    let json: { result?: unknown; error?: { code?: unknown; message?: unknown; data?: unknown } };
    try {
      json = await response.json();
    } catch {
      throw new RpcError(ErrorCode.internal, `RPC endpoint answered HTTP ${response.status} without JSON`);
    }
    if (json.error) {
      const code = typeof json.error.code === 'number' ? json.error.code : ErrorCode.internal;
      const message = typeof json.error.message === 'string' ? json.error.message : 'RPC error';
      throw new RpcError(code, message, json.error.data);
    }
    if (!('result' in json)) throw new RpcError(ErrorCode.internal, 'RPC endpoint answered without a result');
    return json.result;
  };
}
