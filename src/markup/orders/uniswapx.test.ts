// UniswapX orders signed through Permit2. Types: Uniswap/uniswapx-sdk src/order/DutchOrder.ts
// (DUTCH_ORDER_TYPES), V2DutchOrder.ts, and UniswapX src/lib/PriorityOrderLib.sol; the Permit2
// witness wrapper from Uniswap/permit2-sdk. Addresses: the mainnet reactors and Permit2.
import { describe, expect, it } from 'vitest';
import { orderCardAt } from './index';
import { BASE, FACTS, HOUR, NOW, OTHER, SIGNER, USDC, WETH } from './testing';

const ZERO = '0x0000000000000000000000000000000000000000';
const REACTOR = '0x6000da47483062A0D734Ba3dc7576Ce6A0B645C4';
const FEE_RECIPIENT = '0x000000fee13a103A10D593b9AE06b3e05F2E7E1c';
const DEADLINE = String(Number(NOW) + 2 * 60);
const DOMAIN = {
  name: 'Permit2',
  chainId: 1,
  verifyingContract: '0x000000000022D473030F116dDEE9F6B43aC78BA3',
};

const ORDER_INFO = [
  { name: 'reactor', type: 'address' },
  { name: 'swapper', type: 'address' },
  { name: 'nonce', type: 'uint256' },
  { name: 'deadline', type: 'uint256' },
  { name: 'additionalValidationContract', type: 'address' },
  { name: 'additionalValidationData', type: 'bytes' },
];
const DUTCH_OUTPUT = [
  { name: 'token', type: 'address' },
  { name: 'startAmount', type: 'uint256' },
  { name: 'endAmount', type: 'uint256' },
  { name: 'recipient', type: 'address' },
];

function permit(witnessType: string, types: Record<string, unknown>, witness: Record<string, unknown>) {
  return {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      PermitWitnessTransferFrom: [
        { name: 'permitted', type: 'TokenPermissions' },
        { name: 'spender', type: 'address' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
        { name: 'witness', type: witnessType },
      ],
      TokenPermissions: [
        { name: 'token', type: 'address' },
        { name: 'amount', type: 'uint256' },
      ],
      OrderInfo: ORDER_INFO,
      ...types,
    },
    primaryType: 'PermitWitnessTransferFrom',
    domain: DOMAIN,
    message: {
      permitted: { token: USDC, amount: '100000000' },
      spender: REACTOR,
      nonce: '1993353164669688581970088190602701610528397285201889446578254799128576197633',
      deadline: DEADLINE,
      witness: {
        info: {
          reactor: REACTOR,
          swapper: SIGNER,
          nonce: '1993353164669688581970088190602701610528397285201889446578254799128576197633',
          deadline: DEADLINE,
          additionalValidationContract: ZERO,
          additionalValidationData: '0x',
        },
        ...witness,
      },
    },
  };
}

const exclusiveDutch = (recipient: string) =>
  permit(
    'ExclusiveDutchOrder',
    {
      ExclusiveDutchOrder: [
        { name: 'info', type: 'OrderInfo' },
        { name: 'decayStartTime', type: 'uint256' },
        { name: 'decayEndTime', type: 'uint256' },
        { name: 'exclusiveFiller', type: 'address' },
        { name: 'exclusivityOverrideBps', type: 'uint256' },
        { name: 'inputToken', type: 'address' },
        { name: 'inputStartAmount', type: 'uint256' },
        { name: 'inputEndAmount', type: 'uint256' },
        { name: 'outputs', type: 'DutchOutput[]' },
      ],
      DutchOutput: DUTCH_OUTPUT,
    },
    {
      decayStartTime: String(NOW),
      decayEndTime: String(Number(NOW) + 60),
      exclusiveFiller: '0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAa',
      exclusivityOverrideBps: '100',
      inputToken: USDC,
      inputStartAmount: '100000000',
      inputEndAmount: '100000000',
      outputs: [
        // The native coin is the zero address in UniswapX outputs; the amount decays from start to end.
        { token: ZERO, startAmount: '31000000000000000', endAmount: '30000000000000000', recipient },
        { token: ZERO, startAmount: '77500000000000', endAmount: '75000000000000', recipient: FEE_RECIPIENT },
      ],
    },
  );

describe('uniswapx', () => {
  it('reads an ExclusiveDutchOrder: the permitted input, the least the decaying output pays', async () => {
    const card = await orderCardAt(exclusiveDutch(SIGNER), BASE, FACTS, NOW);
    expect(card?.title).toBe('Sign an exchange order (UniswapX)');
    expect(card?.summary).toEqual(['Sell 100 USDC for at least 0.03 ETH', 'Expires 2024-01-01T00:02:00Z']);
    expect(card?.risks).toEqual([]);
    expect(card?.fields).toContainEqual({ label: 'Order type', value: 'ExclusiveDutchOrder' });
  });

  it('flags outputs paid to someone else', async () => {
    const card = await orderCardAt(exclusiveDutch(OTHER), BASE, FACTS, NOW);
    expect(card?.summary[0]).toBe(
      'Sell 100 USDC for at least 0.03 ETH to 0x7099…79C8 and 0.000075 ETH to 0x0000…7E1c',
    );
    expect(card?.risks.map((r) => r.code)).toEqual(['order-receiver-differs']);
  });

  it('reads a PriorityOrder (input and outputs as structs with a fixed amount)', async () => {
    const data = permit(
      'PriorityOrder',
      {
        PriorityOrder: [
          { name: 'info', type: 'OrderInfo' },
          { name: 'cosigner', type: 'address' },
          { name: 'auctionStartBlock', type: 'uint256' },
          { name: 'baselinePriorityFeeWei', type: 'uint256' },
          { name: 'input', type: 'PriorityInput' },
          { name: 'outputs', type: 'PriorityOutput[]' },
        ],
        PriorityInput: [
          { name: 'token', type: 'address' },
          { name: 'amount', type: 'uint256' },
          { name: 'mpsPerPriorityFeeWei', type: 'uint256' },
        ],
        PriorityOutput: [
          { name: 'token', type: 'address' },
          { name: 'amount', type: 'uint256' },
          { name: 'mpsPerPriorityFeeWei', type: 'uint256' },
          { name: 'recipient', type: 'address' },
        ],
      },
      {
        cosigner: ZERO,
        auctionStartBlock: '23000000',
        baselinePriorityFeeWei: '0',
        input: { token: USDC, amount: '100000000', mpsPerPriorityFeeWei: '0' },
        outputs: [
          { token: WETH, amount: '30000000000000000', mpsPerPriorityFeeWei: '10', recipient: SIGNER },
        ],
      },
    );
    const card = await orderCardAt(data, BASE, FACTS, NOW + BigInt(HOUR));
    expect(card?.summary).toEqual(['Sell 100 USDC for at least 0.03 WETH', 'Expires 2024-01-01T00:02:00Z']);
  });

  it('leaves a Permit2 witness that is no UniswapX order to the permit decoder', async () => {
    const data = permit('Other', { Other: [{ name: 'info', type: 'OrderInfo' }] }, {});
    expect(await orderCardAt(data, BASE, FACTS, NOW)).toBeUndefined();
  });
});
