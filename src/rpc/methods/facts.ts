/**
 * The live ChainFacts a card is built from: token metadata and code checks read from the selected
 * network's own node, past recipients and names from the wallet. Read failures make a fact
 * unknown (undefined / not a contract), never a failed request.
 */
import { isContract, readTokenInfo } from '../../chains/evm';
import type { Network } from '../../chains/evm/networks';
import type { ChainFacts } from '../../markup/facts';
import type { TxFlowContext } from './types';

export function chainFacts(ctx: TxFlowContext, network: Network): ChainFacts {
  const { rpc, wallet } = ctx.deps;
  return {
    chainId: network.chainId,
    nativeSymbol: network.symbol,
    nativeDecimals: network.decimals,
    token: (address) => readTokenInfo(rpc, network.rpcUrl, address).catch(() => undefined),
    isContract: (address) => isContract(rpc, network.rpcUrl, address).catch(() => false),
    knownRecipients: wallet.knownRecipients(),
    ownAccounts: wallet.accountChoices().map((a) => a.address),
    nameOf: (address) => wallet.nameOf(address),
  };
}
