/**
 * CoW Protocol (Gnosis Protocol v2) `Order`, as GPv2Order.sol hashes it and the cow-sdk signs it
 * (domain "Gnosis Protocol" v2, verifyingContract the GPv2Settlement 0x9008…ab41).
 * https://docs.cow.fi/cow-protocol/reference/contracts/core/signing-schemes
 *
 *   const [order] = cowOrder(data)!; // side 'sell', give 100 USDC, get ≥ 0.03 WETH, expiry = validTo
 */
import type { TypedData } from '../facts';
import { tokenAsset } from './assets';
import type { Order } from './order';
import { address, declares, isZeroAddress, OrderShapeError, text, uint } from './read';

/** GPv2Order.Data: kind and the balance flags are strings in EIP-712, hashed by the contract. */
const COW_ORDER = {
  sellToken: 'address',
  buyToken: 'address',
  receiver: 'address',
  sellAmount: 'uint256',
  buyAmount: 'uint256',
  validTo: 'uint32',
  appData: 'bytes32',
  feeAmount: 'uint256',
  kind: 'string',
  partiallyFillable: 'bool',
};

export function cowOrder(data: TypedData): Order[] | undefined {
  if (data.primaryType !== 'Order' || !declares(data, 'Order', COW_ORDER)) return undefined;
  const m = data.message;
  const kind = text(m, 'kind');
  if (kind !== 'sell' && kind !== 'buy') throw new OrderShapeError(`message.kind: expected "sell" or "buy"`);
  const receiver = address(m, 'receiver');
  const feeAmount = uint(m, 'feeAmount');
  return [
    {
      protocol: 'CoW Protocol',
      side: kind,
      // The fee is taken in the sell token on top of sellAmount: together they are the most that leaves.
      give: [tokenAsset(address(m, 'sellToken'), uint(m, 'sellAmount') + feeAmount)],
      // GPv2Order: a zero receiver means the owner (the signer; CoW orders name no owner field).
      get: [
        {
          ...tokenAsset(address(m, 'buyToken'), uint(m, 'buyAmount')),
          ...(isZeroAddress(receiver) ? {} : { to: receiver }),
        },
      ],
      expiry: uint(m, 'validTo'),
      fields: [
        {
          label: 'Kind',
          value: kind === 'sell' ? 'sell exactly, buy at least' : 'buy exactly, sell at most',
        },
        isZeroAddress(receiver)
          ? { label: 'Receiver', value: 'you (the signer)' }
          : { label: 'Receiver', value: receiver, format: 'address' },
        { label: 'Fee (in the sell token, base units)', value: String(feeAmount), format: 'number' },
        { label: 'Partially fillable', value: String(m.partiallyFillable === true), format: 'bool' },
        { label: 'App data', value: String(m.appData), format: 'hex' },
        ...(typeof m.sellTokenBalance === 'string'
          ? [{ label: 'Sell from', value: m.sellTokenBalance }]
          : []),
        ...(typeof m.buyTokenBalance === 'string' ? [{ label: 'Buy into', value: m.buyTokenBalance }] : []),
      ],
    },
  ];
}
