/**
 * EIP-2612 `Permit(owner,spender,value,nonce,deadline)` → a card
 * (https://eips.ethereum.org/EIPS/eip-2612). The token is the domain's verifying contract; the
 * deadline bounds the signature, not the allowance, which lasts until spent or revoked.
 *
 *   await permitCard(usdcPermit, base, facts); // 'Allow 0x1111…2222 to spend 10 USDC'
 */
import type { Card, CardBase } from '../card';
import { addressField } from '../describe';
import type { ChainFacts, TypedData } from '../facts';
import { grantCard } from './grant';
import { addressOf, hasStruct, type StructSpec, uintOf } from './shape';

const PERMIT: StructSpec = [
  ['owner', 'address'],
  ['spender', 'address'],
  ['value', 'uint256'],
  ['nonce', 'uint256'],
  ['deadline', 'uint256'],
];

/** The permit card, or undefined when `data` is not exactly an EIP-2612 permit. */
export async function permitCard(
  data: TypedData,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (data.primaryType !== 'Permit' || !hasStruct(data, 'Permit', PERMIT)) return undefined;
  const m = data.message;
  const token = addressOf(data.domain?.verifyingContract);
  const owner = addressOf(m.owner);
  const spender = addressOf(m.spender);
  const value = uintOf(m.value);
  const nonce = uintOf(m.nonce);
  const deadline = uintOf(m.deadline);
  if (!token || !owner || !spender || value === undefined || nonce === undefined || deadline === undefined)
    return undefined;
  return grantCard(base, facts, {
    label: 'Permit',
    mode: 'allowance',
    spender,
    grants: [{ token, amount: value }],
    deadline,
    fields: [
      addressField('Owner', owner, facts),
      { label: 'Nonce', value: nonce.toString(), format: 'number' },
    ],
  });
}
