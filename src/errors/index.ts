/**
 * The error types every layer shares, kept below both the ring's wallet and the transports
 * (dapp router, popup procedures) so that the wallet never imports a transport to throw.
 *
 *   throw new RpcError(ErrorCode.userRejected, 'User rejected the request');   // toward a page
 *   throw new ProcedureError('LOCKED', 'The wallet is locked');                // toward the popup
 */

/** EIP-1193, EIP-1474 and JSON-RPC 2.0 codes (https://eips.ethereum.org/EIPS/eip-1193#provider-errors). */
export const ErrorCode = {
  userRejected: 4001,
  unauthorized: 4100,
  unsupportedMethod: 4200,
  disconnected: 4900,
  chainDisconnected: 4901,
  /** EIP-3085/3326: the chain is not known to the wallet. */
  unrecognizedChain: 4902,
  /** EIP-5792: atomic execution was required but is not supported. */
  atomicityNotSupported: 5760,
  /** EIP-5792: unknown batch id. */
  unknownBundle: 5730,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  /** EIP-1474: a request of this kind is already pending (too many approvals waiting). */
  resourceUnavailable: -32002,
  /** EIP-1474: the origin sent more requests than the rate limit allows. */
  limitExceeded: -32005,
} as const;

/** An error a dapp may see: the code is what EIP-1193 callers branch on. */
export class RpcError extends Error {
  readonly code: number;
  readonly data?: unknown;
  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.name = 'RpcError';
    this.code = code;
    if (data !== undefined) this.data = data;
  }
}

/** A failure the popup shows as is: `code` is stable for tests and UI logic, `message` is for people. */
export class ProcedureError extends Error {
  readonly code: string;
  readonly retryAfterMs?: number;
  constructor(code: string, message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'ProcedureError';
    this.code = code;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}
