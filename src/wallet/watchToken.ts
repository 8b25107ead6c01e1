/**
 * An ERC-20 the user adds by its address (the popup's Add token), besides those a site asked for
 * (EIP-747) and those seen in the wallet's own transfers (src/rpc/methods/tokensSeen.ts). Symbol
 * and decimals are read from the contract on the network it lives on, never typed in.
 */
import { readTokenInfo } from '../chains/evm';
import { toChecksumAddress } from '../chains/evm/address';
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import type { Network } from '../chains/evm/networks';
import { ProcedureError } from '../errors';
import { labeled } from '../ring';
import type { DappWallet } from './dappWallet';

export async function watchToken(rpc: JsonRpcCall, wallet: DappWallet, network: Network, address: string) {
  const checked = toChecksumAddress(address);
  const info = await readTokenInfo(rpc, network.rpcUrl, checked).catch(() => undefined);
  if (!info)
    throw new ProcedureError('INVALID_INPUT', `address: no ERC-20 token at ${checked} on ${network.name}`);
  await wallet.watchAsset({
    chainId: network.chainId,
    address: checked,
    symbol: info.symbol,
    decimals: info.decimals,
  });
  return labeled('private', { symbol: info.symbol, decimals: info.decimals, network: network.name });
}
