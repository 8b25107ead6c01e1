/**
 * eth_accounts (https://ethereum.org/en/developers/docs/apis/json-rpc/#eth_accounts): the accounts
 * this origin was granted, and nothing else — `[]` until the site is connected (EIP-1102).
 */
import { labeled } from '../../ring';
import { paramsOf } from '../params';
import { dappMethod } from './types';

export const eth_accounts = dappMethod(paramsOf([]), async (_params, { origin, deps }) =>
  // The grant is what makes these public toward this one origin (EIP-1102 / EIP-2255).
  labeled('public', await deps.grantedAccounts(origin)),
);
