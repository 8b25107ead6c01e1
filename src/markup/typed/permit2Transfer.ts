/**
 * Uniswap Permit2 one-time transfer signatures — `PermitTransferFrom` and
 * `PermitBatchTransferFrom` — → a card (SignatureTransfer,
 * https://github.com/Uniswap/permit2/blob/main/src/libraries/PermitHash.sol). The spender may
 * pull up to the amount once, before the deadline; the typed data names it, the contract checks it.
 *
 *   PermitTransferFrom(TokenPermissions permitted,address spender,uint256 nonce,uint256 deadline)
 *   PermitBatchTransferFrom(TokenPermissions[] permitted,address spender,uint256 nonce,uint256 deadline)
 *   TokenPermissions(address token,uint256 amount)
 */
import type { Card, CardBase } from '../card';
import type { ChainFacts, TypedData } from '../facts';
import { type Grant, grantCard } from './grant';
import { addressOf, hasStruct, isPermit2, recordOf, type StructSpec, uintOf } from './shape';

const PERMISSIONS: StructSpec = [
  ['token', 'address'],
  ['amount', 'uint256'],
];
const SINGLE: StructSpec = [
  ['permitted', 'TokenPermissions'],
  ['spender', 'address'],
  ['nonce', 'uint256'],
  ['deadline', 'uint256'],
];
const BATCH: StructSpec = [
  ['permitted', 'TokenPermissions[]'],
  ['spender', 'address'],
  ['nonce', 'uint256'],
  ['deadline', 'uint256'],
];

function readPermission(x: unknown): Grant | undefined {
  const p = recordOf(x);
  const token = addressOf(p?.token);
  const amount = uintOf(p?.amount);
  return token && amount !== undefined ? { token, amount } : undefined;
}

/** The Permit2 transfer card, or undefined when `data` is neither struct on Permit2. */
export async function permit2TransferCard(
  data: TypedData,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (!isPermit2(data) || !hasStruct(data, 'TokenPermissions', PERMISSIONS)) return undefined;
  const single = data.primaryType === 'PermitTransferFrom' && hasStruct(data, 'PermitTransferFrom', SINGLE);
  const batch =
    data.primaryType === 'PermitBatchTransferFrom' && hasStruct(data, 'PermitBatchTransferFrom', BATCH);
  if (!single && !batch) return undefined;
  const m = data.message;
  const raw = single ? [m.permitted] : Array.isArray(m.permitted) ? m.permitted : [];
  const grants = raw.map(readPermission);
  const spender = addressOf(m.spender);
  const nonce = uintOf(m.nonce);
  const deadline = uintOf(m.deadline);
  if (
    grants.length === 0 ||
    grants.some((g) => !g) ||
    !spender ||
    nonce === undefined ||
    deadline === undefined
  )
    return undefined;
  return grantCard(base, facts, {
    label: 'Permit2',
    mode: 'transfer',
    spender,
    grants: grants as Grant[],
    deadline,
    fields: [{ label: 'Nonce', value: nonce.toString(), format: 'number' }],
  });
}
