/**
 * Any other exchange order, read by the field names exchanges share: a sell-side token and amount
 * (sellToken/sellAmount, makerToken/makerAmount, makerAsset/makingAmount, inputToken/inputAmount,
 * tokenIn/amountIn …), a buy-side pair, and an expiry (validTo, expiry, deadline, endTime, expiration …),
 * at the top of the primary struct or one struct below it. All three must be there: a struct with
 * token amounts but no expiry is more likely a swap quote or a bridge intent than a standing order.
 *
 *   const [order] = genericOrder(data)!; // { protocol: 'RFQSwap', give, get, expiry, … }
 */
import type { TypedData } from '../facts';
import { tokenAsset } from './assets';
import type { Order } from './order';
import { address, isZeroAddress, type Struct, structOf, uint } from './read';

/** [token field, amount field], most specific first; names compare case-insensitively. */
const SELL = [
  ['sellToken', 'sellAmount'],
  ['makerToken', 'makerAmount'],
  ['makerAsset', 'makingAmount'],
  ['makerAsset', 'makerAmount'],
  ['inputToken', 'inputAmount'],
  ['tokenIn', 'amountIn'],
  ['fromToken', 'fromAmount'],
  ['srcToken', 'srcAmount'],
  ['tokenSell', 'amountSell'],
  ['giveToken', 'giveAmount'],
];
const BUY = [
  ['buyToken', 'buyAmount'],
  ['buyToken', 'minBuyAmount'],
  ['takerToken', 'takerAmount'],
  ['takerAsset', 'takingAmount'],
  ['takerAsset', 'takerAmount'],
  ['outputToken', 'outputAmount'],
  ['outputToken', 'minOutputAmount'],
  ['tokenOut', 'amountOut'],
  ['tokenOut', 'amountOutMin'],
  ['tokenOut', 'minAmountOut'],
  ['toToken', 'toAmount'],
  ['toToken', 'minToAmount'],
  ['dstToken', 'dstAmount'],
  ['dstToken', 'minReturnAmount'],
  ['tokenBuy', 'amountBuy'],
  ['takeToken', 'takeAmount'],
];
const EXPIRY = [
  'validTo',
  'expiry',
  'deadline',
  'endTime',
  'expiration',
  'expirationTime',
  'expiresAt',
  'validUntil',
];
const RECEIVER = ['receiver', 'recipient', 'beneficiary'];
const OWNER = ['maker', 'owner', 'swapper', 'offerer', 'signer', 'trader', 'user', 'from'];

const ADDRESS_RE = /^address$/;
const UINT_RE = /^uint\d*$/;

interface Leaf {
  type: string;
  value: unknown;
  path: string;
}

/** The primary struct's scalar fields and those of its directly nested structs; the top level wins a name clash. */
function leavesOf(data: TypedData): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const add = (struct: string, value: Struct, prefix: string, nest: boolean) => {
    for (const field of data.types[struct] ?? []) {
      const inner = nest ? structOf(data, struct, field.name) : undefined;
      if (inner && !field.type.endsWith(']')) {
        const v = value[field.name];
        if (v && typeof v === 'object') add(inner, v as Struct, `${prefix}${field.name}.`, false);
      } else if (!leaves.has(field.name.toLowerCase())) {
        leaves.set(field.name.toLowerCase(), {
          type: field.type,
          value: value[field.name],
          path: prefix + field.name,
        });
      }
    }
  };
  // Two passes: every top-level name first, then the nested structs fill only names still missing.
  add(data.primaryType, data.message, '', false);
  add(data.primaryType, data.message, '', true);
  return leaves;
}

function find(leaves: Map<string, Leaf>, names: readonly string[], type: RegExp): Leaf | undefined {
  for (const name of names) {
    const leaf = leaves.get(name.toLowerCase());
    if (leaf && type.test(leaf.type)) return leaf;
  }
  return undefined;
}

function pair(leaves: Map<string, Leaf>, pairs: readonly string[][]) {
  for (const [token, amount] of pairs) {
    const t = find(leaves, [token!], ADDRESS_RE);
    const a = t && find(leaves, [amount!], UINT_RE);
    if (t && a) return tokenAsset(address({ v: t.value }, 'v', t.path), uint({ v: a.value }, 'v', a.path));
  }
  return undefined;
}

export function genericOrder(data: TypedData): Order[] | undefined {
  if (!Array.isArray(data.types[data.primaryType])) return undefined;
  const leaves = leavesOf(data);
  // All three must be there; the cheap lookup first, then each pair (which reads and checks values)
  // only while the others can still be found: without a card, a bad value elsewhere changes nothing.
  const expiry = find(leaves, EXPIRY, UINT_RE);
  if (!expiry) return undefined;
  const give = pair(leaves, SELL);
  if (!give) return undefined;
  const get = pair(leaves, BUY);
  if (!get) return undefined;
  const receiver = find(leaves, RECEIVER, ADDRESS_RE);
  const to = receiver && address({ v: receiver.value }, 'v', receiver.path);
  const owner = find(leaves, OWNER, ADDRESS_RE);
  const seconds = uint({ v: expiry.value }, 'v', expiry.path);
  return [
    {
      // The domain name is the dapp's own claim; the card also shows the contract and every field.
      protocol:
        typeof data.domain.name === 'string' && data.domain.name ? data.domain.name : data.primaryType,
      side: 'sell',
      give: [give],
      get: [{ ...get, ...(to && !isZeroAddress(to) ? { to } : {}) }],
      ...(owner ? { owner: address({ v: owner.value }, 'v', owner.path) } : {}),
      // Many order structs use 0 for "no expiry"; reading it as 1970 would hide that.
      ...(seconds ? { expiry: seconds } : {}),
      fields: [
        {
          label: 'Read by field names',
          value: 'Ringfence does not know this exchange; check the fields below.',
        },
        { label: 'Expiry field', value: expiry.path },
      ],
    },
  ];
}
