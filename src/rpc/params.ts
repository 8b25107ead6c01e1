/**
 * Valibot schemas for the JSON-RPC values dapps send (https://ethereum.org/en/developers/docs/apis/json-rpc/):
 * hex data, quantities, addresses, block tags, call objects. Used at the ring's boundary so every
 * forwarded request has the shape its method expects.
 */
import * as v from 'valibot';

export const Hex = v.pipe(v.string(), v.regex(/^0x([0-9a-fA-F]{2})*$/, 'expected 0x-prefixed hex bytes'));
export const Quantity = v.pipe(
  v.string(),
  v.regex(/^0x(0|[1-9a-fA-F][0-9a-fA-F]*)$/, 'expected a 0x-prefixed hex quantity without leading zeros'),
);
export const AddressParam = v.pipe(
  v.string(),
  v.regex(/^0x[0-9a-fA-F]{40}$/, 'expected a 20-byte hex address'),
);
export const Hash32 = v.pipe(v.string(), v.regex(/^0x[0-9a-fA-F]{64}$/, 'expected a 32-byte hex hash'));
export const BlockTag = v.union(
  [v.picklist(['latest', 'earliest', 'pending', 'safe', 'finalized']), Quantity],
  'expected a block number (hex) or tag (latest, earliest, pending, safe, finalized)',
);
/** EIP-1898: a block may also be named by hash or number in an object. */
export const BlockRef = v.union(
  [
    BlockTag,
    v.object({ blockHash: Hash32, requireCanonical: v.optional(v.boolean()) }),
    v.object({ blockNumber: Quantity }),
  ],
  'expected a block tag, number, or { blockHash } / { blockNumber }',
);

export const CallObject = v.looseObject({
  from: v.optional(AddressParam),
  to: v.optional(v.nullable(AddressParam)),
  gas: v.optional(Quantity),
  gasPrice: v.optional(Quantity),
  maxFeePerGas: v.optional(Quantity),
  maxPriorityFeePerGas: v.optional(Quantity),
  value: v.optional(Quantity),
  data: v.optional(Hex),
  input: v.optional(Hex),
  nonce: v.optional(Quantity),
});

export const LogFilter = v.looseObject({
  fromBlock: v.optional(BlockTag),
  toBlock: v.optional(BlockTag),
  address: v.optional(v.union([AddressParam, v.array(AddressParam)])),
  topics: v.optional(v.array(v.nullable(v.union([Hash32, v.array(Hash32)])))),
  blockHash: v.optional(Hash32),
});

/** A params list: the request's `params` must be an array (or absent) of these items. */
export function paramsOf<const T extends v.TupleItems>(items: T) {
  return v.strictTuple(items, 'expected a params array');
}

/** Formats the first valibot issue as "params[0].to: expected …, got "…"". */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'params: invalid';
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
  return `params${path}: ${issue.message}`;
}
