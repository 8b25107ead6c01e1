/**
 * Tokens "seen in the wallet's own transfers" (issue 9): after a site's transaction went out, a
 * token call (transfer, approve, transferFrom) to an ERC-20 the wallet does not follow yet starts
 * following it, with symbol and decimals read from the contract.
 */
import { readTokenInfo } from '../../chains/evm';
import { toChecksumAddress } from '../../chains/evm/address';
import type { JsonRpcCall } from '../../chains/evm/jsonRpc';
import type { Network } from '../../chains/evm/networks';
import type { DappWallet } from '../../wallet/dappWallet';

/** transfer(address,uint256), approve(address,uint256), transferFrom(address,address,uint256). */
const TOKEN_CALLS = ['0xa9059cbb', '0x095ea7b3', '0x23b872dd'];

export async function watchTokenSeenInTransfer(
  rpc: JsonRpcCall,
  wallet: DappWallet,
  network: Network,
  tx: { to?: string; data: Uint8Array },
): Promise<void> {
  if (!tx.to || tx.data.length < 4) return;
  const selector = `0x${[...tx.data.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (!TOKEN_CALLS.includes(selector)) return;
  const known = wallet
    .assets()
    .some((a) => a.chainId === network.chainId && a.address.toLowerCase() === tx.to!.toLowerCase());
  if (known) return;
  const info = await readTokenInfo(rpc, network.rpcUrl, tx.to).catch(() => undefined);
  if (info)
    await wallet.watchAsset({
      chainId: network.chainId,
      address: toChecksumAddress(tx.to),
      symbol: info.symbol,
      decimals: info.decimals,
    });
}
