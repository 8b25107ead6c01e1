/**
 * UniswapX orders: a Permit2 `PermitWitnessTransferFrom` (domain "Permit2", 0x0000…8BA3) whose
 * witness is the order — `ExclusiveDutchOrder`, `V2DutchOrder`, `V3DutchOrder`, `PriorityOrder`,
 * `LimitOrder` — each with an `info: OrderInfo` naming the swapper and a list of outputs.
 * https://github.com/Uniswap/UniswapX (src/lib/*OrderLib.sol), https://docs.uniswap.org/contracts/permit2
 *
 *   const [order] = uniswapxOrder(data)!; // give permitted.amount of permitted.token, get the outputs
 */
import type { Field } from '../card';
import type { TypedData } from '../facts';
import { tokenAsset } from './assets';
import type { Order, Receipt } from './order';
import {
  address,
  declares,
  isZeroAddress,
  least,
  maybe,
  type Struct,
  sameAddress,
  struct,
  structOf,
  structs,
  uint,
} from './read';

const PERMIT = { spender: 'address', nonce: 'uint256', deadline: 'uint256' };
const ORDER_INFO = { reactor: 'address', swapper: 'address', nonce: 'uint256', deadline: 'uint256' };
/** Outputs are "outputs" in most versions and "baseOutputs" in the cosigned V2/V3 Dutch orders. */
const OUTPUT_LISTS = ['outputs', 'baseOutputs'];
/**
 * Every amount an output may carry; the least of them is what the swapper is sure to get
 * (Dutch outputs decay from startAmount to endAmount, V3 floors at minAmount, priority outputs only grow).
 */
const OUTPUT_AMOUNTS = ['startAmount', 'endAmount', 'amount', 'minAmount'];

function outputsOf(data: TypedData, witness: string, w: Struct): Receipt[] | undefined {
  for (const key of OUTPUT_LISTS) {
    const output = structOf(data, witness, key);
    if (!output || !declares(data, output, { token: 'address', recipient: 'address' })) continue;
    return structs(w, key, `witness.${key}`).map((o, i) => {
      const amounts = OUTPUT_AMOUNTS.filter((k) => declares(data, output, { [k]: 'uint256' })).map((k) =>
        uint(o, k, `witness.${key}[${i}].${k}`),
      );
      return { ...tokenAsset(address(o, 'token'), least(amounts) ?? 0n), to: address(o, 'recipient') };
    });
  }
  return undefined;
}

export function uniswapxOrder(data: TypedData): Order[] | undefined {
  if (data.primaryType !== 'PermitWitnessTransferFrom' || !declares(data, data.primaryType, PERMIT))
    return undefined;
  const permitted = structOf(data, data.primaryType, 'permitted');
  const witness = structOf(data, data.primaryType, 'witness');
  const info = witness && structOf(data, witness, 'info');
  if (!permitted || !declares(data, permitted, { token: 'address', amount: 'uint256' })) return undefined;
  if (!witness || !info || !declares(data, info, ORDER_INFO)) return undefined;
  const m = data.message;
  const w = struct(m, 'witness');
  const get = outputsOf(data, witness, w);
  if (!get) return undefined;
  const p = struct(m, 'permitted');
  const i = struct(w, 'info', 'witness.info');
  const deadline = uint(m, 'deadline');
  const orderDeadline = uint(i, 'deadline', 'witness.info.deadline');
  const fields: Field[] = [
    { label: 'Order type', value: witness },
    { label: 'Reactor (may pull the input)', value: address(m, 'spender'), format: 'address' },
  ];
  // The reactor refuses orders naming another reactor, so a mismatch cannot fill; still, show both.
  if (!sameAddress(address(m, 'spender'), address(i, 'reactor', 'witness.info.reactor')))
    fields.push({
      label: 'Order reactor',
      value: address(i, 'reactor', 'witness.info.reactor'),
      format: 'address',
    });
  const exclusive = maybe(address, w, 'exclusiveFiller');
  if (exclusive && !isZeroAddress(exclusive))
    fields.push({ label: 'Exclusive filler', value: exclusive, format: 'address' });
  const cosigner = maybe(address, w, 'cosigner');
  if (cosigner)
    fields.push({ label: 'Cosigner (may improve the price)', value: cosigner, format: 'address' });
  return [
    {
      protocol: 'UniswapX',
      side: 'sell',
      // Permit2 enforces permitted.amount: the reactor can never pull more, whatever the witness says.
      give: [tokenAsset(address(p, 'token', 'permitted.token'), uint(p, 'amount', 'permitted.amount'))],
      get,
      owner: address(i, 'swapper', 'witness.info.swapper'),
      // Both must hold for a fill: Permit2 checks its deadline, the reactor the order's.
      expiry: least([deadline, orderDeadline]),
      fields,
    },
  ];
}
