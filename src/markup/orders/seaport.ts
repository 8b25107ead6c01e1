/**
 * Seaport 1.5 / 1.6 `OrderComponents` (domain "Seaport", verifyingContract 0x0000…14dC / 0x0000…B395)
 * and OpenSea's `BulkOrder` (a tree of OrderComponents signed at once).
 * https://github.com/ProjectOpenSea/seaport/blob/main/docs/SeaportDocumentation.md
 *
 * The offer is what the offerer gives; consideration items addressed to the offerer are what they
 * get, the others (marketplace fee, royalties) are paid to someone else.
 *
 *   const [order] = seaportOrders(data)!; // "Sell NFT #1234 of 0xBC4C…f13D for at least 1.2 ETH"
 */
import type { Field } from '../card';
import type { TypedData } from '../facts';
import { formatTime } from '../format';
import type { Asset, AssetKind } from './assets';
import type { Order, Receipt } from './order';
import {
  address,
  declares,
  greatest,
  least,
  OrderShapeError,
  type Struct,
  structOf,
  structs,
  uint,
} from './read';

const COMPONENTS = {
  offerer: 'address',
  zone: 'address',
  orderType: 'uint8',
  startTime: 'uint256',
  endTime: 'uint256',
};
const ITEM = {
  itemType: 'uint8',
  token: 'address',
  identifierOrCriteria: 'uint256',
  startAmount: 'uint256',
  endAmount: 'uint256',
};
/** ItemType in ConsiderationEnums.sol, by number. */
const KINDS: readonly AssetKind[] = [
  'native',
  'erc20',
  'erc721',
  'erc1155',
  'erc721-criteria',
  'erc1155-criteria',
];
const ORDER_TYPES = ['full, open', 'partial, open', 'full, restricted', 'partial, restricted', 'contract'];

/** The struct name when `name` has Seaport's OrderComponents shape (type names vary between versions). */
function isComponents(data: TypedData, name: string): boolean {
  if (!declares(data, name, COMPONENTS)) return false;
  const offer = structOf(data, name, 'offer');
  const consideration = structOf(data, name, 'consideration');
  return (
    offer !== undefined &&
    consideration !== undefined &&
    declares(data, offer, ITEM) &&
    declares(data, consideration, { ...ITEM, recipient: 'address' })
  );
}

/**
 * An item's amount moves linearly from startAmount to endAmount between startTime and endTime
 * (auctions): the offerer gives at most the larger, gets at least the smaller.
 */
function item(s: Struct, path: string, side: 'give' | 'get'): Asset {
  const kind = KINDS[Number(uint(s, 'itemType', `${path}.itemType`))];
  if (!kind) throw new OrderShapeError(`message.${path}.itemType: expected 0..5`);
  const start = uint(s, 'startAmount', `${path}.startAmount`);
  const end = uint(s, 'endAmount', `${path}.endAmount`);
  const amount = (side === 'give' ? greatest : least)([start, end])!;
  const asset: Asset = { kind, token: address(s, 'token', `${path}.token`), amount };
  if (kind !== 'native' && kind !== 'erc20')
    asset.id = uint(s, 'identifierOrCriteria', `${path}.identifierOrCriteria`);
  return asset;
}

function toOrder(m: Struct, path: string): Order {
  const offerer = address(m, 'offerer', `${path}offerer`);
  const give = structs(m, 'offer', `${path}offer`).map((s, i) => item(s, `${path}offer[${i}]`, 'give'));
  const get = structs(m, 'consideration', `${path}consideration`).map((s, i): Receipt => {
    const at = `${path}consideration[${i}]`;
    return { ...item(s, at, 'get'), to: address(s, 'recipient', `${at}.recipient`) };
  });
  const fields: Field[] = [
    { label: 'Valid from', value: formatTime(uint(m, 'startTime', `${path}startTime`)), format: 'date' },
    {
      label: 'Order type',
      value: ORDER_TYPES[Number(uint(m, 'orderType', `${path}orderType`))] ?? 'unknown',
    },
    { label: 'Zone', value: address(m, 'zone', `${path}zone`), format: 'address' },
  ];
  if (typeof m.conduitKey === 'string')
    fields.push({ label: 'Conduit key', value: m.conduitKey, format: 'hex' });
  if (m.counter !== undefined)
    fields.push({ label: 'Counter', value: String(uint(m, 'counter', `${path}counter`)), format: 'number' });
  return {
    protocol: 'Seaport',
    side: 'sell',
    give,
    get,
    owner: offerer,
    expiry: uint(m, 'endTime', `${path}endTime`),
    fields,
  };
}

/** Leaves of a BulkOrder tree (nested fixed-size arrays), depth first, as the contract orders them. */
function leaves(value: unknown): Struct[] {
  return Array.isArray(value)
    ? value.flatMap(leaves)
    : value && typeof value === 'object'
      ? [value as Struct]
      : [];
}

export function seaportOrders(data: TypedData): Order[] | undefined {
  if (isComponents(data, data.primaryType)) return [toOrder(data.message, '')];
  const tree = data.primaryType === 'BulkOrder' ? structOf(data, 'BulkOrder', 'tree') : undefined;
  if (!tree || !isComponents(data, tree)) return undefined;
  // OpenSea pads the tree to a power of two with empty orders; they move nothing and are not shown.
  const orders = leaves(data.message.tree)
    .map((m, i) => toOrder(m, `tree[${i}].`))
    .filter((o) => o.give.length || o.get.length);
  return orders.length ? orders : undefined;
}
