/**
 * EIP-1193 and JSON-RPC 2.0 error codes, and the one error class the ring throws toward dapps.
 * https://eips.ethereum.org/EIPS/eip-1193#provider-errors, https://www.jsonrpc.org/specification#error_object
 */
import { ErrorCode, ProcedureError, RpcError } from '../errors';
import type { RpcErrorShape } from './relayProtocol';

export { ErrorCode, RpcError } from '../errors';

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
  // The wallet's own failures that a page may know about: locked, or a bad argument it sent.
  if (error instanceof ProcedureError && error.code === 'LOCKED')
    return { code: ErrorCode.unauthorized, message: 'The wallet is locked' };
  if (error instanceof ProcedureError && error.code === 'INVALID_INPUT')
    return { code: ErrorCode.invalidParams, message: error.message };
  // src/ argument errors name the field, never the value ("params[0].to: expected …").
  if (error instanceof TypeError && /^[\w.[\]]+: /.test(error.message))
    return { code: ErrorCode.invalidParams, message: error.message.slice(0, 300) };
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
