/**
 * A dapp's transaction object (eth_sendTransaction params[0], EIP-5792 calls) validated into typed
 * values: addresses checked, quantities as bigint, data as bytes. Chain id, when given, must be
 * the active chain.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { toChecksumAddress } from '../../chains/evm/address';
import { ErrorCode, RpcError } from '../../errors';
import { AddressParam, Hex, Quantity } from '../params';

export const TxObject = v.looseObject({
  from: AddressParam,
  to: v.optional(v.nullable(AddressParam)),
  value: v.optional(Quantity),
  data: v.optional(Hex),
  input: v.optional(Hex),
  gas: v.optional(Quantity),
  gasLimit: v.optional(Quantity),
  gasPrice: v.optional(Quantity),
  maxFeePerGas: v.optional(Quantity),
  maxPriorityFeePerGas: v.optional(Quantity),
  nonce: v.optional(Quantity),
  chainId: v.optional(Quantity),
  type: v.optional(v.string()),
});
export type TxObject = v.InferOutput<typeof TxObject>;

export interface TxRequest {
  from: string;
  to?: string;
  value: bigint;
  data: Uint8Array;
  gas?: bigint;
  gasPrice?: bigint;
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
  nonce?: bigint;
}

const big = (x: string | undefined) => (x === undefined ? undefined : BigInt(x));

export function toTxRequest(tx: TxObject, activeChainId: number, what = 'params[0]'): TxRequest {
  if (tx.chainId !== undefined && BigInt(tx.chainId) !== BigInt(activeChainId))
    throw new RpcError(
      ErrorCode.invalidParams,
      `${what}.chainId: ${BigInt(tx.chainId)} is not the active chain ${activeChainId}`,
    );
  if (tx.data && tx.input && tx.data.toLowerCase() !== tx.input.toLowerCase())
    throw new RpcError(ErrorCode.invalidParams, `${what}: data and input differ; send one of them`);
  const data = tx.data ?? tx.input ?? '0x';
  const out: TxRequest = {
    from: toChecksumAddress(tx.from),
    value: big(tx.value) ?? 0n,
    data: hexToBytes(data.slice(2)),
  };
  if (tx.to) out.to = toChecksumAddress(tx.to);
  const optional = {
    gas: big(tx.gas ?? tx.gasLimit),
    gasPrice: big(tx.gasPrice),
    maxFeePerGas: big(tx.maxFeePerGas),
    maxPriorityFeePerGas: big(tx.maxPriorityFeePerGas),
    nonce: big(tx.nonce),
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) (out as unknown as Record<string, bigint>)[key] = value;
  if (!out.to && out.data.length === 0)
    throw new RpcError(ErrorCode.invalidParams, `${what}.to: required unless data deploys a contract`);
  return out;
}
