// CoW Protocol orders. Types: cowprotocol/contracts src/ts/order.ts (ORDER_TYPE_FIELDS); domain and
// settlement address: docs.cow.fi "Signing schemes". Message values re-typed from a cow-sdk quote.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Card } from '../card';
import { orderCardAt } from './index';
import { BASE, EIP712_DOMAIN, FACTS, NOW, OTHER, USDC, WETH } from './testing';

const ORDER_TYPES = {
  EIP712Domain: EIP712_DOMAIN,
  Order: [
    { name: 'sellToken', type: 'address' },
    { name: 'buyToken', type: 'address' },
    { name: 'receiver', type: 'address' },
    { name: 'sellAmount', type: 'uint256' },
    { name: 'buyAmount', type: 'uint256' },
    { name: 'validTo', type: 'uint32' },
    { name: 'appData', type: 'bytes32' },
    { name: 'feeAmount', type: 'uint256' },
    { name: 'kind', type: 'string' },
    { name: 'partiallyFillable', type: 'bool' },
    { name: 'sellTokenBalance', type: 'string' },
    { name: 'buyTokenBalance', type: 'string' },
  ],
};

function cow(message: Record<string, unknown>) {
  return {
    types: ORDER_TYPES,
    primaryType: 'Order',
    domain: {
      name: 'Gnosis Protocol',
      version: 'v2',
      chainId: 1,
      verifyingContract: '0x9008D19f58AAbD9eD0D60971565AA8510560ab41',
    },
    message: {
      sellToken: USDC,
      buyToken: WETH,
      receiver: '0x0000000000000000000000000000000000000000',
      sellAmount: '100000000',
      buyAmount: '30000000000000000',
      validTo: Number(NOW) + 1800,
      appData: '0xf785fae7a7c5abc49f3cd6a61f6df1ff26433392b066ee9ff2240ff1eb7ab6e4',
      feeAmount: '0',
      kind: 'sell',
      partiallyFillable: false,
      sellTokenBalance: 'erc20',
      buyTokenBalance: 'erc20',
      ...message,
    },
  };
}

describe('cow', () => {
  it('reads a sell order of 100 USDC for WETH', async () => {
    const card = await orderCardAt(cow({}), BASE, FACTS, NOW);
    expect(card?.kind).toBe('order');
    expect(card?.summary).toEqual(['Sell 100 USDC for at least 0.03 WETH', 'Expires 2024-01-01T00:30:00Z']);
    expect(card?.risks).toEqual([]);
    expect(card?.fields).toContainEqual(expect.objectContaining({ label: 'Exchange contract' }));
    expect(() => v.parse(Card, card)).not.toThrow();
  });

  it('shows the 0xEeee… buy token as the native coin and adds the fee to what is sold', async () => {
    const data = cow({
      buyToken: '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE',
      sellAmount: '99000000',
      feeAmount: '1000000',
    });
    const card = await orderCardAt(data, BASE, FACTS, NOW);
    expect(card?.summary[0]).toBe('Sell 100 USDC for at least 0.03 ETH');
  });

  it('reads a buy order as "Buy … for at most …"', async () => {
    const card = await orderCardAt(cow({ kind: 'buy' }), BASE, FACTS, NOW);
    expect(card?.summary[0]).toBe('Buy 0.03 WETH for at most 100 USDC');
  });

  it('flags a receiver that is not the signer, and names it on the first line', async () => {
    const card = await orderCardAt(cow({ receiver: OTHER }), BASE, FACTS, NOW);
    expect(card?.summary[0]).toBe('Sell 100 USDC for at least 0.03 WETH to 0x7099…79C8');
    expect(card?.risks.map((r) => [r.code, r.level])).toEqual([['order-receiver-differs', 'danger']]);
  });

  it('warns about an order valid until 2106 (the uint32 maximum)', async () => {
    const card = await orderCardAt(cow({ validTo: 0xffffffff }), BASE, FACTS, NOW);
    expect(card?.summary[1]).toBe('Expires 2106-02-07T06:28:15Z');
    expect(card?.risks.map((r) => r.code)).toEqual(['order-no-expiry']);
  });

  it('yields no card for a malformed amount or kind (the generic tree shows those)', async () => {
    expect(await orderCardAt(cow({ sellAmount: '1e6' }), BASE, FACTS, NOW)).toBeUndefined();
    expect(await orderCardAt(cow({ kind: 'swap' }), BASE, FACTS, NOW)).toBeUndefined();
  });
});
