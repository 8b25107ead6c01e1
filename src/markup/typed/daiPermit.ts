/**
 * DAI's pre-EIP-2612 `Permit(holder,spender,nonce,expiry,allowed)` → a card (MakerDAO dai.sol,
 * https://github.com/makerdao/dss/blob/master/src/dai.sol). `allowed: true` sets the allowance to
 * max uint256 (unlimited); `false` sets it to zero (a revoke). `expiry: 0` never expires.
 *
 *   await daiPermitCard(daiPermit, base, facts); // 'Allow 0x1111…2222 to spend an unlimited amount of DAI'
 */
import type { Card, CardBase } from '../card';
import { addressField } from '../describe';
import type { ChainFacts, TypedData } from '../facts';
import { MAX_UINT256 } from '../format';
import { grantCard } from './grant';
import { addressOf, boolOf, hasStruct, type StructSpec, uintOf } from './shape';

const DAI_PERMIT: StructSpec = [
  ['holder', 'address'],
  ['spender', 'address'],
  ['nonce', 'uint256'],
  ['expiry', 'uint256'],
  ['allowed', 'bool'],
];

/** The permit card, or undefined when `data` is not exactly a DAI-style permit. */
export async function daiPermitCard(
  data: TypedData,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (data.primaryType !== 'Permit' || !hasStruct(data, 'Permit', DAI_PERMIT)) return undefined;
  const m = data.message;
  const token = addressOf(data.domain?.verifyingContract);
  const holder = addressOf(m.holder);
  const spender = addressOf(m.spender);
  const nonce = uintOf(m.nonce);
  const expiry = uintOf(m.expiry);
  const allowed = boolOf(m.allowed);
  if (!token || !holder || !spender || nonce === undefined || expiry === undefined || allowed === undefined)
    return undefined;
  return grantCard(base, facts, {
    label: 'DAI permit',
    mode: 'allowance',
    spender,
    grants: [{ token, amount: allowed ? MAX_UINT256 : 0n }],
    ...(expiry === 0n ? {} : { deadline: expiry }),
    fields: [
      addressField('Holder', holder, facts),
      { label: 'Nonce', value: nonce.toString(), format: 'number' },
    ],
  });
}
