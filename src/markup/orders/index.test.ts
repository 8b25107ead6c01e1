// orderCard itself: the clock it reads, which decoder wins, and what it refuses to read.
import { describe, expect, it } from 'vitest';
import { orderCard, orderCardAt } from './index';
import { BASE, EIP712_DOMAIN, FACTS, NOW, SIGNER, USDC, WETH } from './testing';

const ZERO = '0x0000000000000000000000000000000000000000';
const ONE_INCH_V4 = {
  types: {
    EIP712Domain: EIP712_DOMAIN,
    Order: [
      { name: 'salt', type: 'uint256' },
      { name: 'maker', type: 'address' },
      { name: 'receiver', type: 'address' },
      { name: 'makerAsset', type: 'address' },
      { name: 'takerAsset', type: 'address' },
      { name: 'makingAmount', type: 'uint256' },
      { name: 'takingAmount', type: 'uint256' },
      { name: 'makerTraits', type: 'uint256' },
    ],
  },
  primaryType: 'Order',
  domain: { name: '1inch Aggregation Router', version: '6', chainId: 1, verifyingContract: ZERO },
  message: {
    salt: '1',
    maker: SIGNER,
    receiver: ZERO,
    makerAsset: USDC,
    takerAsset: WETH,
    makingAmount: '100000000',
    takingAmount: '30000000000000000',
    makerTraits: '0',
  },
};

describe('orderCard', () => {
  it('reads the clock itself', async () => {
    const card = await orderCard(ONE_INCH_V4, BASE, FACTS);
    expect(card?.summary).toEqual(['Sell 100 USDC for at least 0.03 WETH']);
    expect(card?.title).toBe('Sign an exchange order (1inch)');
  });

  it('lets the protocol decoder win over the name-based reader', async () => {
    // A CoW order also has sellToken/sellAmount, buyToken/buyAmount and validTo: the generic reader
    // would take it, under the dapp's domain name, and without CoW's fee and receiver rules.
    const fields = ['sellToken address', 'buyToken address', 'receiver address', 'sellAmount uint256']
      .concat(['buyAmount uint256', 'validTo uint32', 'appData bytes32', 'feeAmount uint256', 'kind string'])
      .concat(['partiallyFillable bool'])
      .map((f) => ({ name: f.split(' ')[0]!, type: f.split(' ')[1]! }));
    const message = { sellToken: USDC, buyToken: WETH, receiver: ZERO, sellAmount: '1', buyAmount: '1' };
    const data = {
      types: { Order: fields },
      primaryType: 'Order',
      domain: { name: 'Gnosis Protocol', version: 'v2' },
      message: { ...message, validTo: 1, appData: `0x${'0'.repeat(64)}`, feeAmount: '0', kind: 'sell' },
    };
    expect((await orderCardAt(data, BASE, FACTS, NOW))?.title).toBe('Sign an exchange order (CoW Protocol)');
  });

  it('refuses malformed typed data without throwing', async () => {
    const bad = [
      null,
      { ...ONE_INCH_V4, types: { Order: [null] } },
      { ...ONE_INCH_V4, types: { Order: 'salt uint256' } },
      { ...ONE_INCH_V4, message: [] },
      { ...ONE_INCH_V4, message: { ...ONE_INCH_V4.message, maker: '0x1234' } },
      { ...ONE_INCH_V4, message: { ...ONE_INCH_V4.message, makingAmount: -1 } },
    ];
    for (const data of bad) expect(await orderCardAt(data as never, BASE, FACTS, NOW)).toBeUndefined();
  });
});
