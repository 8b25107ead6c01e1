/**
 * eth_signTypedData_v4 and _v3 (EIP-712, https://eips.ethereum.org/EIPS/eip-712): params
 * [address, typed data as JSON text or object]. The domain's chainId must be the active chain
 * (a signature for another chain is refused, as MetaMask does); the card names permits, Permit2
 * and exchange orders in words, and anything else as a readable tree.
 */
import * as v from 'valibot';
import { hashTypedData, validateTypedData } from '../../chains/evm';
import { ErrorCode, RpcError } from '../../errors';
import { typedDataCard } from '../../markup';
import { AddressParam, paramsOf } from '../params';
import { askUser, requireGranted } from './approval';
import { cardBase } from './cardBase';
import { chainFacts } from './facts';
import { toRsvHex } from './signature';
import { dappMethod } from './types';

const Params = paramsOf([
  AddressParam,
  v.union([v.pipe(v.string(), v.maxLength(1_000_000)), v.record(v.string(), v.unknown())]),
]);

function parse(data: unknown) {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      throw new RpcError(ErrorCode.invalidParams, 'params[1]: expected EIP-712 typed data as JSON');
    }
  }
  try {
    return validateTypedData(value, 'params[1]');
  } catch (error) {
    throw new RpcError(ErrorCode.invalidParams, (error as Error).message);
  }
}

function typedDataMethod(version: 'v3' | 'v4', method: string) {
  return dappMethod(Params, async ([address, raw], ctx) => {
    const data = parse(raw);
    const network = await ctx.deps.selectedNetwork();
    const domainChain = data.domain.chainId;
    if (domainChain !== undefined && BigInt(domainChain as string | number) !== BigInt(network.chainId))
      throw new RpcError(
        ErrorCode.invalidParams,
        `params[1].domain.chainId: ${String(domainChain)} is not the active chain ${network.chainId}; switch networks first`,
      );
    const digest = hashTypedData(data, version);
    let signer = address;
    await askUser(ctx, async () => {
      signer = requireGranted(ctx, address);
      const base = await cardBase(ctx, { method, params: [address, data] }, signer);
      return typedDataCard(data, base, chainFacts(ctx, network));
    });
    return toRsvHex(ctx.deps.wallet.sign(ctx.origin, signer, digest, method));
  });
}

export const eth_signTypedData_v4 = typedDataMethod('v4', 'eth_signTypedData_v4');
export const eth_signTypedData_v3 = typedDataMethod('v3', 'eth_signTypedData_v3');
