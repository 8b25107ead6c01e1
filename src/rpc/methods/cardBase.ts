/** The surroundings of a card: origin, active chain, signing account, the raw request. */
import type { CardBase } from '../../markup/card';
import type { TxFlowContext } from './types';

export async function cardBase(ctx: TxFlowContext, raw: unknown, account?: string): Promise<CardBase> {
  const network = await ctx.deps.selectedNetwork();
  return {
    origin: ctx.origin,
    chain: { id: network.chainId, name: network.name },
    ...(account ? { account } : {}),
    raw,
  };
}
