/**
 * A call as the node's eth_call / eth_estimateGas / eth_simulateV1 take it (the execution-apis
 * "GenericTransaction", https://github.com/ethereum/execution-apis): validated here, hex on the wire.
 *
 *   const call: CallRequest = { from, to, value: 10n ** 18n };
 *   await rpc(url, 'eth_estimateGas', [toRpcCall(call, 'call')]);
 */
import { isBytes } from '@noble/hashes/utils.js';
import { type Address, parseAddress } from './address';
import { type Hex, parseData, parseQuantity, toHex, toQuantity } from './hex';

/** Loosely typed on purpose: it is checked by {@link toRpcCall}, so a dapp's strings may go straight in. */
export interface CallRequest {
  from?: string;
  /** Absent for a contract creation. */
  to?: string;
  /** A bigint, or a hex QUANTITY as a dapp sent it. */
  value?: bigint | string;
  data?: string | Uint8Array;
  gas?: bigint | string;
}

export interface RpcCall {
  from?: Address;
  to?: Address;
  value?: Hex;
  data?: Hex;
  gas?: Hex;
}

/** The wire form of a call; every field is checked so the node never receives a malformed value. */
export function toRpcCall(call: CallRequest, what = 'call'): RpcCall {
  if (typeof call !== 'object' || call === null) throw new TypeError(`${what}: expected a call object`);
  const out: RpcCall = {};
  if (call.from !== undefined) out.from = parseAddress(call.from, `${what}.from`);
  if (call.to !== undefined) out.to = parseAddress(call.to, `${what}.to`);
  for (const field of ['value', 'gas'] as const) {
    const v = call[field];
    if (v === undefined) continue;
    if (typeof v === 'string') out[field] = toQuantity(parseQuantity(v, `${what}.${field}`));
    else if (typeof v === 'bigint' && v >= 0n) out[field] = toQuantity(v);
    else throw new TypeError(`${what}.${field}: expected a non-negative bigint or a hex quantity`);
  }
  if (call.data !== undefined) {
    out.data = isBytes(call.data) ? toHex(call.data) : toHex(parseData(call.data, `${what}.data`));
  }
  return out;
}

/** Whether the call carries calldata (a plain transfer has none). */
export function hasData(call: CallRequest): boolean {
  if (call.data === undefined) return false;
  return isBytes(call.data) ? call.data.length > 0 : call.data.length > 2;
}
