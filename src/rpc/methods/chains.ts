/**
 * wallet_switchEthereumChain (EIP-3326, https://eips.ethereum.org/EIPS/eip-3326) and
 * wallet_addEthereumChain (EIP-3085, https://eips.ethereum.org/EIPS/eip-3085). A switch to a
 * chain the wallet does not know is 4902; an added chain is checked first — https or loopback RPC
 * URL, and the endpoint itself must answer with the chain id the site claims.
 */
import * as v from 'valibot';
import { toHexChainId } from '../../chains/evm/networks';
import { ErrorCode, RpcError } from '../../errors';
import { addChainCard, switchChainCard } from '../../markup';
import { labeled } from '../../ring';
import { paramsOf, Quantity } from '../params';
import { askUser } from './approval';
import { cardBase } from './cardBase';
import { type DappContext, dappMethod } from './types';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const SwitchParams = paramsOf([v.looseObject({ chainId: Quantity })]);
const AddParams = paramsOf([
  v.looseObject({
    chainId: Quantity,
    chainName: Text(100),
    rpcUrls: v.pipe(v.array(Text(2048)), v.minLength(1, 'expected at least one RPC URL')),
    nativeCurrency: v.optional(v.object({ name: Text(100), symbol: Text(12), decimals: v.number() })),
    blockExplorerUrls: v.optional(v.nullable(v.array(Text(2048)))),
    iconUrls: v.optional(v.array(Text(2048))),
  }),
]);

function chainIdOf(hex: string): number {
  const id = BigInt(hex);
  if (id <= 0n || id > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RpcError(ErrorCode.invalidParams, `params[0].chainId: out of range (${hex.slice(0, 20)})`);
  return Number(id);
}

/** https anywhere, http only to this machine (a local node): a site must not add a plaintext remote RPC. */
export function checkRpcUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RpcError(ErrorCode.invalidParams, 'params[0].rpcUrls[0]: expected a URL');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
    throw new RpcError(
      ErrorCode.invalidParams,
      'params[0].rpcUrls[0]: expected an https URL (or http on loopback)',
    );
  return url;
}

async function switchTo(ctx: DappContext, chainId: number): Promise<void> {
  const current = await ctx.deps.selectedNetwork();
  if (current.chainId === chainId) return;
  const target = (await ctx.deps.networks.list()).find((n) => n.chainId === chainId);
  if (!target)
    throw new RpcError(
      ErrorCode.unrecognizedChain,
      `Unrecognized chain ID ${toHexChainId(chainId)}: add it first (wallet_addEthereumChain)`,
    );
  await askUser(ctx, async () =>
    switchChainCard(
      await cardBase(ctx, {
        method: 'wallet_switchEthereumChain',
        params: [{ chainId: toHexChainId(chainId) }],
      }),
      {
        from: { id: current.chainId, name: current.name },
        to: { id: target.chainId, name: target.name },
      },
    ),
  );
  await ctx.deps.networks.selectByChainId(chainId);
}

export const wallet_switchEthereumChain = dappMethod(SwitchParams, async ([{ chainId }], ctx) => {
  await switchTo(ctx, chainIdOf(chainId));
  return labeled('public', null);
});

export const wallet_addEthereumChain = dappMethod(AddParams, async ([params], ctx) => {
  const chainId = chainIdOf(params.chainId);
  const known = (await ctx.deps.networks.list()).find((n) => n.chainId === chainId);
  if (!known) {
    const rpcUrl = checkRpcUrl(params.rpcUrls[0]!);
    let answered: unknown;
    try {
      answered = await ctx.deps.rpc(rpcUrl, 'eth_chainId', []);
    } catch {
      throw new RpcError(ErrorCode.invalidParams, 'params[0].rpcUrls[0]: the RPC endpoint does not answer');
    }
    if (typeof answered !== 'string' || BigInt(answered) !== BigInt(chainId))
      throw new RpcError(
        ErrorCode.invalidParams,
        `params[0].rpcUrls[0]: the endpoint answers chain id ${String(answered).slice(0, 20)}, not ${params.chainId}`,
      );
    const symbol = params.nativeCurrency?.symbol ?? 'ETH';
    await askUser(ctx, async () =>
      addChainCard(await cardBase(ctx, { method: 'wallet_addEthereumChain', params: [params] }), {
        chainId,
        name: params.chainName,
        rpcUrl,
        symbol,
      }),
    );
    await ctx.deps.networks.add({
      name: params.chainName,
      chainId,
      rpcUrl,
      symbol,
      decimals: params.nativeCurrency?.decimals ?? 18,
    });
  }
  // EIP-3085 lets the wallet switch to the added chain; the site asked for it, so offer it.
  await switchTo(ctx, chainId);
  return labeled('public', null);
});
