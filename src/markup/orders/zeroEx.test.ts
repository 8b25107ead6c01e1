// 0x v4 native orders. Types: 0xProject/protocol LibNativeOrder.sol (the LimitOrder/RfqOrder type
// strings) and docs/basics/orders.rst; domain "ZeroEx" 1.0.0 at the Exchange Proxy. Values re-typed.
import { describe, expect, it } from 'vitest';
import { orderCardAt } from './index';
import { BASE, DAI, EIP712_DOMAIN, FACTS, HOUR, NOW, SIGNER, UNKNOWN, USDC, WETH } from './testing';

const ZERO = '0x0000000000000000000000000000000000000000';
const COMMON = [
  { name: 'makerToken', type: 'address' },
  { name: 'takerToken', type: 'address' },
  { name: 'makerAmount', type: 'uint128' },
  { name: 'takerAmount', type: 'uint128' },
];
const TAIL = [
  { name: 'pool', type: 'bytes32' },
  { name: 'expiry', type: 'uint64' },
  { name: 'salt', type: 'uint256' },
];
const LIMIT_ORDER = [
  ...COMMON,
  { name: 'takerTokenFeeAmount', type: 'uint128' },
  { name: 'maker', type: 'address' },
  { name: 'taker', type: 'address' },
  { name: 'sender', type: 'address' },
  { name: 'feeRecipient', type: 'address' },
  ...TAIL,
];
const RFQ_ORDER = [
  ...COMMON,
  { name: 'maker', type: 'address' },
  { name: 'taker', type: 'address' },
  { name: 'txOrigin', type: 'address' },
  ...TAIL,
];
const DOMAIN = {
  name: 'ZeroEx',
  version: '1.0.0',
  chainId: 1,
  verifyingContract: '0xDef1C0ded9bec7F1a1670819833240f027b25EfF',
};

function limitOrder(message: Record<string, unknown> = {}) {
  return {
    types: { EIP712Domain: EIP712_DOMAIN, LimitOrder: LIMIT_ORDER },
    primaryType: 'LimitOrder',
    domain: DOMAIN,
    message: {
      makerToken: WETH,
      takerToken: USDC,
      makerAmount: '1000000000000000000',
      takerAmount: '2300000000',
      takerTokenFeeAmount: '0',
      maker: SIGNER,
      taker: ZERO,
      sender: ZERO,
      feeRecipient: ZERO,
      pool: `0x${'0'.repeat(64)}`,
      expiry: String(Number(NOW) + 24 * HOUR),
      salt: '2752094376750492926844965905320507011598275560670346196138937898764349624882',
      ...message,
    },
  };
}

describe('zeroEx', () => {
  it('reads a limit order: the maker gives makerAmount and gets takerAmount', async () => {
    const card = await orderCardAt(limitOrder(), BASE, FACTS, NOW);
    expect(card?.title).toBe('Sign an exchange order (0x)');
    expect(card?.summary).toEqual(['Sell 1 WETH for at least 2300 USDC', 'Expires 2024-01-02T00:00:00Z']);
    expect(card?.risks).toEqual([]);
  });

  it('shows an unknown token by short address in raw units', async () => {
    const card = await orderCardAt(
      limitOrder({ takerToken: UNKNOWN, takerAmount: '5000' }),
      BASE,
      FACTS,
      NOW,
    );
    expect(card?.summary[0]).toBe('Sell 1 WETH for at least 5000 0x5f04…BdB7');
  });

  it('reads expiry 0 as already expired (LibNativeOrder), not as "never"', async () => {
    const card = await orderCardAt(limitOrder({ expiry: '0' }), BASE, FACTS, NOW);
    expect(card?.summary[1]).toBe('Expires 1970-01-01T00:00:00Z');
    expect(card?.risks).toEqual([]);
  });

  it('reads an RFQ order', async () => {
    const data = {
      types: { EIP712Domain: EIP712_DOMAIN, RfqOrder: RFQ_ORDER },
      primaryType: 'RfqOrder',
      domain: DOMAIN,
      message: {
        makerToken: USDC,
        takerToken: DAI,
        makerAmount: '1000000000',
        takerAmount: '999500000000000000000',
        maker: SIGNER,
        taker: '0x1111111111111111111111111111111111111111',
        txOrigin: '0x2222222222222222222222222222222222222222',
        pool: `0x${'0'.repeat(63)}1`,
        expiry: String(Number(NOW) + 60),
        salt: '1',
      },
    };
    const card = await orderCardAt(data, BASE, FACTS, NOW);
    expect(card?.summary).toEqual(['Sell 1000 USDC for at least 999.5 DAI', 'Expires 2024-01-01T00:01:00Z']);
    expect(card?.fields).toContainEqual({ label: 'Order type', value: 'RFQ order' });
  });
});
