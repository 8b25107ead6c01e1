/**
 * eth_chainId (EIP-695, https://eips.ethereum.org/EIPS/eip-695) and net_version, answered by the
 * ring from the selected network without a network round trip: dapps call them constantly.
 */
import { toHexChainId } from '../../chains/evm/networks';
import { labeled } from '../../ring';
import { paramsOf } from '../params';
import { dappMethod } from './types';

export const eth_chainId = dappMethod(paramsOf([]), async (_params, { deps }) =>
  labeled('public', toHexChainId((await deps.selectedNetwork()).chainId)),
);

export const net_version = dappMethod(paramsOf([]), async (_params, { deps }) =>
  labeled('public', String((await deps.selectedNetwork()).chainId)),
);
