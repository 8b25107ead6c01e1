// Orders of exchanges Ringfence has no decoder for. The AugustusRFQ type is ParaSwap's paraswap-sdk
// src/methods/limitOrders/helpers/buildOrderData.ts; the nested intent is an illustrative shape; the
// Mail struct is the EIP-712 example (shared/vectors/eip712-mail-example.json).
import { describe, expect, it } from 'vitest';
import { orderCardAt } from './index';
import { BASE, DAI, EIP712_DOMAIN, FACTS, HOUR, NOW, OTHER, SIGNER, USDC, WETH } from './testing';

const AUGUSTUS_RFQ = {
  types: {
    EIP712Domain: EIP712_DOMAIN,
    Order: [
      { name: 'nonceAndMeta', type: 'uint256' },
      { name: 'expiry', type: 'uint128' },
      { name: 'makerAsset', type: 'address' },
      { name: 'takerAsset', type: 'address' },
      { name: 'maker', type: 'address' },
      { name: 'taker', type: 'address' },
      { name: 'makerAmount', type: 'uint256' },
      { name: 'takerAmount', type: 'uint256' },
    ],
  },
  primaryType: 'Order',
  domain: {
    name: 'AUGUSTUS RFQ',
    version: '1',
    chainId: 1,
    verifyingContract: '0xe92b586627ccA7a83dC919cc7127196d70f55a06',
  },
  message: {
    nonceAndMeta: '7433034152904838547212883274543254857465784035140417181410394112',
    expiry: 0,
    makerAsset: WETH,
    takerAsset: DAI,
    maker: SIGNER,
    taker: '0xDEF171Fe48CF0115B1d80b88dc8eAB59176FEe57',
    makerAmount: '10000000000000000',
    takerAmount: '23000000000000000000',
  },
};

const nestedIntent = (recipient: string) => ({
  types: {
    EIP712Domain: EIP712_DOMAIN,
    SwapIntent: [
      { name: 'order', type: 'Trade' },
      { name: 'nonce', type: 'uint256' },
    ],
    Trade: [
      { name: 'tokenIn', type: 'address' },
      { name: 'amountIn', type: 'uint256' },
      { name: 'tokenOut', type: 'address' },
      { name: 'minAmountOut', type: 'uint256' },
      { name: 'recipient', type: 'address' },
      { name: 'deadline', type: 'uint256' },
    ],
  },
  primaryType: 'SwapIntent',
  domain: { name: 'Example Intents', version: '1', chainId: 1, verifyingContract: OTHER },
  message: {
    order: {
      tokenIn: USDC,
      amountIn: '250000000',
      tokenOut: WETH,
      minAmountOut: '100000000000000000',
      recipient,
      deadline: String(Number(NOW) + HOUR),
    },
    nonce: '7',
  },
});

describe('generic', () => {
  it('reads an AugustusRFQ order by its field names; expiry 0 means none', async () => {
    const card = await orderCardAt(AUGUSTUS_RFQ, BASE, FACTS, NOW);
    expect(card?.title).toBe('Sign an exchange order (AUGUSTUS RFQ)');
    expect(card?.summary).toEqual(['Sell 0.01 WETH for at least 23 DAI']);
    expect(card?.risks.map((r) => r.code)).toEqual(['order-no-expiry']);
  });

  it('reads the pairs one struct down, with the receiver', async () => {
    const mine = await orderCardAt(nestedIntent(SIGNER), BASE, FACTS, NOW);
    expect(mine?.summary).toEqual(['Sell 250 USDC for at least 0.1 WETH', 'Expires 2024-01-01T01:00:00Z']);
    expect(mine?.risks).toEqual([]);
    const theirs = await orderCardAt(nestedIntent(OTHER), BASE, FACTS, NOW);
    expect(theirs?.risks.map((r) => r.code)).toEqual(['order-receiver-differs']);
  });

  it('needs an expiry field to call a struct an order', async () => {
    const data = nestedIntent(SIGNER);
    data.types.Trade = data.types.Trade.filter((f) => f.name !== 'deadline');
    expect(await orderCardAt(data, BASE, FACTS, NOW)).toBeUndefined();
  });

  it('leaves other typed data alone', async () => {
    const mail = {
      types: {
        EIP712Domain: EIP712_DOMAIN,
        Person: [
          { name: 'name', type: 'string' },
          { name: 'wallet', type: 'address' },
        ],
        Mail: [
          { name: 'from', type: 'Person' },
          { name: 'to', type: 'Person' },
          { name: 'contents', type: 'string' },
        ],
      },
      primaryType: 'Mail',
      domain: {
        name: 'Ether Mail',
        version: '1',
        chainId: 1,
        verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC',
      },
      message: {
        from: { name: 'Cow', wallet: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' },
        to: { name: 'Bob', wallet: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB' },
        contents: 'Hello, Bob!',
      },
    };
    expect(await orderCardAt(mail, BASE, FACTS, NOW)).toBeUndefined();
    expect(await orderCardAt({ ...mail, types: null } as never, BASE, FACTS, NOW)).toBeUndefined();
  });
});
