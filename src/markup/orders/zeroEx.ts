/**
 * 0x Protocol v4 native orders, `LimitOrder` and `RfqOrder`, as LibNativeOrder.sol hashes them
 * (domain "ZeroEx" 1.0.0, verifyingContract the Exchange Proxy 0xDef1…5EfF).
 * https://0x.org/docs/0x-limit-orders/docs/limit-order-structure
 *
 *   const [order] = zeroExOrder(data)!; // give makerAmount of makerToken, get takerAmount of takerToken
 */
import type { Field } from '../card';
import type { TypedData } from '../facts';
import { tokenAsset } from './assets';
import type { Order } from './order';
import { address, declares, isZeroAddress, uint } from './read';

/** Fields both order types share; the maker is paid, there is no separate receiver. */
const NATIVE_ORDER = {
  makerToken: 'address',
  takerToken: 'address',
  makerAmount: 'uint128',
  takerAmount: 'uint128',
  maker: 'address',
  taker: 'address',
  pool: 'bytes32',
  expiry: 'uint64',
  salt: 'uint256',
};
const LIMIT_ORDER = {
  ...NATIVE_ORDER,
  takerTokenFeeAmount: 'uint128',
  sender: 'address',
  feeRecipient: 'address',
};
const RFQ_ORDER = { ...NATIVE_ORDER, txOrigin: 'address' };

export function zeroExOrder(data: TypedData): Order[] | undefined {
  const { primaryType: type, message: m } = data;
  const limit = type === 'LimitOrder' && declares(data, type, LIMIT_ORDER);
  if (!limit && !(type === 'RfqOrder' && declares(data, type, RFQ_ORDER))) return undefined;
  const taker = address(m, 'taker');
  const fields: Field[] = [
    { label: 'Order type', value: limit ? 'limit order' : 'RFQ order' },
    isZeroAddress(taker)
      ? { label: 'Taker', value: 'anyone' }
      : { label: 'Taker', value: taker, format: 'address' },
  ];
  if (limit) {
    // The taker pays this fee in the taker token, on top of takerAmount: it is not taken from the maker.
    fields.push({
      label: 'Taker fee (base units)',
      value: String(uint(m, 'takerTokenFeeAmount')),
      format: 'number',
    });
    fields.push({ label: 'Fee recipient', value: address(m, 'feeRecipient'), format: 'address' });
  } else {
    fields.push({ label: 'Transaction origin', value: address(m, 'txOrigin'), format: 'address' });
  }
  return [
    {
      protocol: '0x',
      side: 'sell',
      give: [tokenAsset(address(m, 'makerToken'), uint(m, 'makerAmount'))],
      get: [tokenAsset(address(m, 'takerToken'), uint(m, 'takerAmount'))],
      owner: address(m, 'maker'),
      // LibNativeOrder: an order is expired once block.timestamp >= expiry, so 0 is already expired, not "never".
      expiry: uint(m, 'expiry'),
      fields,
    },
  ];
}
