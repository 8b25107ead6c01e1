/**
 * The Bitcoin provider's methods (docs/bitcoin-provider.md), answered by the same router, queue and
 * cards as the EVM methods. WBIP names: https://wbips.netlify.app/request_api/getAddresses.
 */
import type { DappMethod } from '../types';
import { getAddresses } from './getAddresses';
import { signMessage } from './signMessage';
import { signPsbt } from './signPsbt';

export const BITCOIN_METHODS: ReadonlyMap<string, DappMethod> = new Map([
  ['getAddresses', getAddresses],
  ['signPsbt', signPsbt],
  ['signMessage', signMessage],
]);
