/**
 * 1inch Limit Order Protocol `Order`: v4 (domain "1inch Aggregation Router" 6, expiry packed in
 * `makerTraits`), v3 (router 5, expiry inside the `interactions` predicate) and v2 ("1inch Limit
 * Order Protocol" 2, a `predicate` field). https://github.com/1inch/limit-order-protocol
 *
 *   const [order] = oneInchOrder(data)!; // give makingAmount of makerAsset, get takingAmount of takerAsset
 */
import type { Field } from '../card';
import type { TypedData } from '../facts';
import { tokenAsset } from './assets';
import type { Order } from './order';
import { address, declares, isZeroAddress, type Struct, text, uint } from './read';

const ORDER = {
  salt: 'uint256',
  makerAsset: 'address',
  takerAsset: 'address',
  maker: 'address',
  receiver: 'address',
  makingAmount: 'uint256',
  takingAmount: 'uint256',
};

const bit = (n: number) => 1n << BigInt(n);
/** MakerTraitsLib.sol: uint40 expiration at bit 80 (0 = none), uint80 allowed-sender tail, flags. */
const EXPIRATION = (traits: bigint) => (traits >> 80n) & (bit(40) - 1n);
const HAS_EXTENSION = bit(249);
const UNWRAP_WETH = bit(247);

/** OrderMixin/PredicateHelper: `timestampBelow(uint256)`, the predicate that sets an expiry. */
const TIMESTAMP_BELOW = '63592c2b';

/**
 * The expiry of a v2/v3 predicate when it is exactly one `timestampBelow(t)` call. Anything else
 * (and/or trees, nonce checks, arbitrary calls) is not read: a timestamp found deeper could be
 * overridden by the tree around it, and showing it would be a false promise.
 */
function predicateExpiry(predicate: string): bigint | undefined {
  const hex = predicate.toLowerCase().replace(/^0x/, '');
  return hex.length === 72 && hex.startsWith(TIMESTAMP_BELOW) ? BigInt(`0x${hex.slice(8)}`) : undefined;
}

/** v3 packs the order's byte fields in `interactions`; `offsets` holds their 32-bit end positions. */
function v3Predicate(m: Struct): string {
  const offsets = uint(m, 'offsets');
  const interactions = text(m, 'interactions').replace(/^0x/, '');
  const end = (i: number) => Number((offsets >> BigInt(32 * i)) & 0xffffffffn);
  // Order of the packed fields: makerAssetData, takerAssetData, getMakingAmount, getTakingAmount, predicate, …
  return interactions.slice(end(3) * 2, end(4) * 2);
}

const NO_EXPIRY_READ =
  'Any expiry of this order hides in its predicate, which Ringfence does not read: treat it as never expiring.';

export function oneInchOrder(data: TypedData): Order[] | undefined {
  if (data.primaryType !== 'Order' || !declares(data, 'Order', ORDER)) return undefined;
  const m = data.message;
  const fields: Field[] = [];
  const order: Order = {
    protocol: '1inch',
    side: 'sell',
    give: [tokenAsset(address(m, 'makerAsset'), uint(m, 'makingAmount'))],
    get: [tokenAsset(address(m, 'takerAsset'), uint(m, 'takingAmount'))],
    owner: address(m, 'maker'),
    fields,
  };
  // OrderLib.getReceiver: a zero receiver means the maker.
  const receiver = address(m, 'receiver');
  if (!isZeroAddress(receiver)) order.get[0]!.to = receiver;
  if (declares(data, 'Order', { makerTraits: 'uint256' })) {
    const traits = uint(m, 'makerTraits');
    const expiration = EXPIRATION(traits);
    if (expiration) order.expiry = expiration;
    const sender = traits & (bit(80) - 1n);
    if (sender)
      fields.push({
        label: 'Only fillable by an address ending in',
        value: sender.toString(16).padStart(20, '0'),
      });
    if (traits & UNWRAP_WETH)
      fields.push({ label: 'Paid out as', value: 'the native coin (WETH unwrapped)' });
    if (traits & HAS_EXTENSION)
      fields.push({
        label: 'Extension',
        value: 'yes: a contract may compute the amounts and add conditions',
      });
  } else {
    const predicate = declares(data, 'Order', { predicate: 'bytes' })
      ? text(m, 'predicate')
      : declares(data, 'Order', { offsets: 'uint256', interactions: 'bytes' })
        ? v3Predicate(m)
        : '';
    order.expiry = predicateExpiry(predicate);
    if (order.expiry === undefined && predicate.replace(/^0x/, '')) order.noExpiry = NO_EXPIRY_READ;
    if (declares(data, 'Order', { allowedSender: 'address' }) && !isZeroAddress(address(m, 'allowedSender')))
      fields.push({ label: 'Only fillable by', value: address(m, 'allowedSender'), format: 'address' });
  }
  return [order];
}
