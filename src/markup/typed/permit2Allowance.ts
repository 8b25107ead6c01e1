/**
 * Uniswap Permit2 allowance signatures — `PermitSingle` and `PermitBatch` — → a card
 * (AllowanceTransfer, https://github.com/Uniswap/permit2/blob/main/src/libraries/PermitHash.sol).
 * Only for the Permit2 contract itself: the same struct names elsewhere mean nothing known.
 *
 *   PermitSingle(PermitDetails details,address spender,uint256 sigDeadline)
 *   PermitBatch(PermitDetails[] details,address spender,uint256 sigDeadline)
 *   PermitDetails(address token,uint160 amount,uint48 expiration,uint48 nonce)
 */
import type { Card, CardBase, Field } from '../card';
import type { ChainFacts, TypedData } from '../facts';
import { type Grant, grantCard } from './grant';
import { addressOf, hasStruct, isPermit2, recordOf, type StructSpec, uintOf } from './shape';

const DETAILS: StructSpec = [
  ['token', 'address'],
  ['amount', 'uint160'],
  ['expiration', 'uint48'],
  ['nonce', 'uint48'],
];
const SINGLE: StructSpec = [
  ['details', 'PermitDetails'],
  ['spender', 'address'],
  ['sigDeadline', 'uint256'],
];
const BATCH: StructSpec = [
  ['details', 'PermitDetails[]'],
  ['spender', 'address'],
  ['sigDeadline', 'uint256'],
];

function readDetails(x: unknown): (Grant & { nonce: bigint }) | undefined {
  const d = recordOf(x);
  const token = addressOf(d?.token);
  const amount = uintOf(d?.amount);
  const expires = uintOf(d?.expiration);
  const nonce = uintOf(d?.nonce);
  if (!token || amount === undefined || expires === undefined || nonce === undefined) return undefined;
  return { token, amount, expires, nonce };
}

/** The Permit2 allowance card, or undefined when `data` is neither struct on Permit2. */
export async function permit2AllowanceCard(
  data: TypedData,
  base: CardBase,
  facts: ChainFacts,
): Promise<Card | undefined> {
  if (!isPermit2(data) || !hasStruct(data, 'PermitDetails', DETAILS)) return undefined;
  const single = data.primaryType === 'PermitSingle' && hasStruct(data, 'PermitSingle', SINGLE);
  const batch = data.primaryType === 'PermitBatch' && hasStruct(data, 'PermitBatch', BATCH);
  if (!single && !batch) return undefined;
  const m = data.message;
  const raw = single ? [m.details] : Array.isArray(m.details) ? m.details : [];
  const details = raw.map(readDetails);
  const spender = addressOf(m.spender);
  const deadline = uintOf(m.sigDeadline);
  if (details.length === 0 || details.some((d) => !d) || !spender || deadline === undefined) return undefined;
  const grants = details as (Grant & { nonce: bigint })[];
  const nonces: Field[] = grants.map((g, i) => ({
    label: grants.length === 1 ? 'Nonce' : `Nonce ${i + 1}`,
    value: g.nonce.toString(),
    format: 'number',
  }));
  return grantCard(base, facts, {
    label: 'Permit2',
    mode: 'allowance',
    spender,
    grants: grants.map(({ token, amount, expires }) => ({ token, amount, expires })),
    deadline,
    fields: nonces,
  });
}
