/**
 * wallet_watchAsset (EIP-747, https://eips.ethereum.org/EIPS/eip-747): ERC-20 only. The symbol
 * and decimals are read from the token contract itself; a site's claim that disagrees is shown
 * as a risk, and the chain's own values are what the wallet keeps.
 */
import * as v from 'valibot';
import { readTokenInfo } from '../../chains/evm';
import { toChecksumAddress } from '../../chains/evm/address';
import { ErrorCode, RpcError } from '../../errors';
import { risk, watchAssetCard } from '../../markup';
import { labeled } from '../../ring';
import { AddressParam } from '../params';
import { askUser } from './approval';
import { cardBase } from './cardBase';
import { dappMethod } from './types';

const Params = v.object({
  type: v.string(),
  options: v.looseObject({
    address: AddressParam,
    symbol: v.optional(v.pipe(v.string(), v.maxLength(11))),
    decimals: v.optional(v.union([v.number(), v.string()])),
    image: v.optional(v.string()),
  }),
});
// EIP-747 says params is the object itself; some dapps wrap it in an array.
const Either = v.union([
  Params,
  v.pipe(
    v.strictTuple([Params]),
    v.transform((p) => p[0]),
  ),
]);

export const wallet_watchAsset = dappMethod(Either, async (params, ctx) => {
  if (params.type !== 'ERC20')
    throw new RpcError(
      ErrorCode.invalidParams,
      `params.type: only "ERC20" is supported, got "${params.type.slice(0, 20)}"`,
    );
  const network = await ctx.deps.selectedNetwork();
  const address = toChecksumAddress(params.options.address);
  const info = await readTokenInfo(ctx.deps.rpc, network.rpcUrl, address).catch(() => undefined);
  if (!info)
    throw new RpcError(
      ErrorCode.invalidParams,
      `params.options.address: no ERC-20 token at ${address} on this network`,
    );
  await askUser(ctx, async () => {
    const card = watchAssetCard(await cardBase(ctx, { method: 'wallet_watchAsset', params }), {
      address,
      symbol: info.symbol,
      decimals: info.decimals,
    });
    if (params.options.symbol && params.options.symbol !== info.symbol)
      card.risks.push(
        risk(
          'asset-symbol-mismatch',
          'warning',
          `The site calls this token "${params.options.symbol}", but the contract says "${info.symbol}".`,
        ),
      );
    return card;
  });
  await ctx.deps.wallet.watchAsset({
    chainId: network.chainId,
    address,
    symbol: info.symbol,
    decimals: info.decimals,
  });
  return labeled('public', true);
});
