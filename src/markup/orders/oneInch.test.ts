// 1inch limit orders. v4 types: 1inch/limit-order-protocol OrderLib.sol (_LIMIT_ORDER_TYPEHASH) and
// MakerTraitsLib.sol (expiration at bit 80); v3 types: 1inch/fusion-sdk src/limit-order/eip712/domain.ts.
// The v3 message is trustwallet/wizard-sdk test/visualizer/oneinch/data.ts, re-typed.
import { describe, expect, it } from 'vitest';
import { orderCardAt } from './index';
import { BASE, DAI, EIP712_DOMAIN, FACTS, HOUR, NOW, OTHER, SIGNER, WETH } from './testing';

const ZERO = '0x0000000000000000000000000000000000000000';
const V4_TYPES = {
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
};
const V3_TYPES = {
  EIP712Domain: EIP712_DOMAIN,
  Order: [
    { name: 'salt', type: 'uint256' },
    { name: 'makerAsset', type: 'address' },
    { name: 'takerAsset', type: 'address' },
    { name: 'maker', type: 'address' },
    { name: 'receiver', type: 'address' },
    { name: 'allowedSender', type: 'address' },
    { name: 'makingAmount', type: 'uint256' },
    { name: 'takingAmount', type: 'uint256' },
    { name: 'offsets', type: 'uint256' },
    { name: 'interactions', type: 'bytes' },
  ],
};
const ALLOW_MULTIPLE_FILLS = 1n << 254n;
const traits = (expiration: bigint) => String(ALLOW_MULTIPLE_FILLS | (expiration << 80n));

function v4(message: Record<string, unknown> = {}) {
  return {
    types: V4_TYPES,
    primaryType: 'Order',
    domain: {
      name: '1inch Aggregation Router',
      version: '6',
      chainId: 1,
      verifyingContract: '0x111111125421cA6dc452d289314280a0f8842A65',
    },
    message: {
      salt: '102412815611787935992271873344279698181002251432500613888978521074851540062603',
      maker: SIGNER,
      receiver: ZERO,
      makerAsset: DAI,
      takerAsset: WETH,
      makingAmount: '2000000000000000000000',
      takingAmount: '1000000000000000000',
      makerTraits: traits(NOW + 7n * 24n * BigInt(HOUR)),
      ...message,
    },
  };
}

function v3(message: Record<string, unknown>) {
  return {
    types: V3_TYPES,
    primaryType: 'Order',
    domain: { name: '1inch Aggregation Router', version: '5', chainId: 1, verifyingContract: OTHER },
    message: {
      salt: '45118768841948961586167738353692277076075522015101619148498725069326976558864',
      makerAsset: '0x5f04D47D698F79d76F85E835930170Ff4c4EBdB7',
      takerAsset: '0x000075B45Dff84C00Cf597d5C3E766108CeA0000',
      maker: '0xa88800cd213da5ae406ce248380802bd53b47647',
      receiver: '0x11799622F4D98A24514011E8527B969f7488eF47',
      allowedSender: '0xd9145CCE52D386f254917e481eB44e9943F39138',
      takingAmount: '990000000000000000',
      makingAmount: '25000000000000',
      offsets: '0',
      interactions: '0x000000000000000000000000000000090000000000000000000000000000008e',
      ...message,
    },
  };
}

describe('oneInch', () => {
  it('reads a v4 order with its expiry from makerTraits', async () => {
    const card = await orderCardAt(v4(), BASE, FACTS, NOW);
    expect(card?.summary).toEqual(['Sell 2000 DAI for at least 1 WETH', 'Expires 2024-01-08T00:00:00Z']);
    expect(card?.risks).toEqual([]);
  });

  it('warns when makerTraits carries no expiration, and flags a foreign receiver', async () => {
    const card = await orderCardAt(v4({ makerTraits: traits(0n), receiver: OTHER }), BASE, FACTS, NOW);
    expect(card?.summary).toEqual(['Sell 2000 DAI for at least 1 WETH to 0x7099…79C8']);
    expect(card?.risks.map((r) => [r.code, r.level])).toEqual([
      ['order-receiver-differs', 'danger'],
      ['order-no-expiry', 'warning'],
    ]);
  });

  it('reads a v3 order from the wizard-sdk vector: unknown tokens, another receiver, no predicate', async () => {
    const card = await orderCardAt(v3({}), BASE, FACTS, NOW);
    expect(card?.summary).toEqual([
      'Sell 25000000000000 0x5f04…BdB7 for at least 990000000000000000 0x0000…0000 to 0x1179…eF47',
    ]);
    expect(card?.risks.map((r) => r.code)).toEqual(['order-receiver-differs', 'order-no-expiry']);
    expect(card?.fields).toContainEqual({
      label: 'Only fillable by',
      value: '0xd9145CCE52D386f254917e481eB44e9943F39138',
      format: 'address',
    });
  });

  it('reads a v3 expiry when the predicate is exactly timestampBelow(t)', async () => {
    const t = NOW + BigInt(HOUR);
    const predicate = `63592c2b${t.toString(16).padStart(64, '0')}`;
    // Packed fields 0..3 are empty, the predicate (field 4) ends at byte 36.
    const offsets = String(36n << (32n * 4n));
    const card = await orderCardAt(v3({ offsets, interactions: `0x${predicate}` }), BASE, FACTS, NOW);
    expect(card?.summary[1]).toBe('Expires 2024-01-01T01:00:00Z');
    expect(card?.risks.map((r) => r.code)).toEqual(['order-receiver-differs']);
  });

  it('does not trust a timestamp inside a predicate tree', async () => {
    const t = (NOW + BigInt(HOUR)).toString(16).padStart(64, '0');
    const predicate = `bfa75143${'0'.repeat(64)}63592c2b${t}`; // or(…, timestampBelow(t))
    const offsets = String(BigInt(predicate.length / 2) << (32n * 4n));
    const card = await orderCardAt(v3({ offsets, interactions: `0x${predicate}` }), BASE, FACTS, NOW);
    expect(card?.summary).toHaveLength(1);
    expect(card?.risks.find((r) => r.code === 'order-no-expiry')?.text).toMatch(/predicate/);
  });
});
