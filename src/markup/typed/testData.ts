/**
 * Typed-data requests for the typed/ tests: the USDC permit in EIP-2612's shape (the EIP gives the
 * struct and the domain; the values are a realistic mainnet USDC permit).
 */
import type { TypedData } from '../facts';
import { ME, ROUTER, USDC } from '../testData';

const DOMAIN_TYPES = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
];
export const PERMIT_TYPES = [
  { name: 'owner', type: 'address' },
  { name: 'spender', type: 'address' },
  { name: 'value', type: 'uint256' },
  { name: 'nonce', type: 'uint256' },
  { name: 'deadline', type: 'uint256' },
];

/** An EIP-2612 permit for USDC, shaped as the EIP's eth_signTypedData_v4 example. */
export function usdcPermit(message: Record<string, unknown> = {}): TypedData {
  return {
    types: { EIP712Domain: DOMAIN_TYPES, Permit: PERMIT_TYPES },
    primaryType: 'Permit',
    domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: USDC },
    message: { owner: ME, spender: ROUTER, value: '10000000', nonce: 0, deadline: 1_767_225_600, ...message },
  };
}
