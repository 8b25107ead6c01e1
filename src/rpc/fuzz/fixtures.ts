/**
 * What the router fuzz (router.fuzz.test.ts) talks about: the connected site and other origins, the
 * test phrase's accounts and a stranger, and the method names it aims at.
 */
import { OWN_METHODS } from '../methods';
import { READ_ONLY_METHODS } from '../methods/readOnly';

export const SITE = 'https://app.example'; // connected with account 0
export const ORIGINS = ['https://other.example', 'null', 'http://127.0.0.1:5173'] as const;
export const A0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
export const A1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'; // derived, never granted
export const STRANGER = '0x000000000000000000000000000000000000dEaD';
export const REAL_METHODS = [...OWN_METHODS.keys(), ...READ_ONLY_METHODS.keys()];
/** Methods that reach the approval window (weighted up: they are the deep paths). */
export const APPROVAL_METHODS = [
  'eth_requestAccounts',
  'personal_sign',
  'eth_signTypedData_v4',
  'eth_sendTransaction',
  'wallet_sendCalls',
  'wallet_switchEthereumChain',
  'wallet_addEthereumChain',
  'wallet_watchAsset',
  'wallet_requestPermissions',
];
