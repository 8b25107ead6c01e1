/** The EIP-1193 (and WBIP Bitcoin) methods the ring answers itself, by name. Everything else is read-only forwarding or 4200. */
import { eth_accounts, eth_requestAccounts } from './accounts';
import { BITCOIN_METHODS } from './bitcoin';
import { wallet_addEthereumChain, wallet_switchEthereumChain } from './chains';
import { eth_chainId, net_version } from './network';
import { wallet_getPermissions, wallet_requestPermissions, wallet_revokePermissions } from './permissions';
import { eth_sign, personal_ecRecover, personal_sign } from './personalSign';
import { wallet_getCallsStatus, wallet_getCapabilities, wallet_sendCalls } from './sendCalls';
import { eth_sendTransaction } from './sendTransaction';
import { eth_signTypedData_v3, eth_signTypedData_v4 } from './signTypedData';
import type { DappMethod } from './types';
import { wallet_watchAsset } from './watchAsset';

export const OWN_METHODS: ReadonlyMap<string, DappMethod> = new Map([
  ['eth_chainId', eth_chainId],
  ['net_version', net_version],
  ['eth_accounts', eth_accounts],
  ['eth_requestAccounts', eth_requestAccounts],
  ['wallet_requestPermissions', wallet_requestPermissions],
  ['wallet_getPermissions', wallet_getPermissions],
  ['wallet_revokePermissions', wallet_revokePermissions],
  ['personal_sign', personal_sign],
  ['personal_ecRecover', personal_ecRecover],
  ['eth_sign', eth_sign],
  ['eth_signTypedData_v4', eth_signTypedData_v4],
  ['eth_signTypedData_v3', eth_signTypedData_v3],
  ['eth_sendTransaction', eth_sendTransaction],
  // viem retries a refused eth_sendTransaction as wallet_sendTransaction: the same method.
  ['wallet_sendTransaction', eth_sendTransaction],
  ['wallet_switchEthereumChain', wallet_switchEthereumChain],
  ['wallet_addEthereumChain', wallet_addEthereumChain],
  ['wallet_watchAsset', wallet_watchAsset],
  ['wallet_getCapabilities', wallet_getCapabilities],
  ['wallet_sendCalls', wallet_sendCalls],
  ['wallet_getCallsStatus', wallet_getCallsStatus],
  // The Bitcoin provider (window.RingfenceBitcoinProvider) speaks WBIP method names.
  ...BITCOIN_METHODS,
]);
