/**
 * EIP-1193 and JSON-RPC 2.0 error codes, and the one error class the ring throws toward dapps.
 * https://eips.ethereum.org/EIPS/eip-1193#provider-errors, https://www.jsonrpc.org/specification#error_object
 */
import type { RpcErrorShape } from './relayProtocol';

export const ErrorCode = {
  userRejected: 4001,
  unauthorized: 4100,
  unsupportedMethod: 4200,
  disconnected: 4900,
  chainDisconnected: 4901,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
} as const;

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

/**
 * Turns anything thrown into the error shape a page may see. Unknown errors become a generic
 * -32603 with no detail: their messages were not written for the page and might carry private data.
 */
export function toErrorShape(error: unknown): RpcErrorShape {
  if (error instanceof RpcError) {
    return error.data === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, data: error.data };
  }
  return { code: ErrorCode.internal, message: 'Internal error' };
}

/** Shortens a value for an error message, so messages stay readable and never echo large inputs. */
export function short(value: unknown, max = 24): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
