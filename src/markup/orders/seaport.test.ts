// Seaport orders. Types: ProjectOpenSea/seaport-js src/constants.ts (EIP_712_ORDER_TYPE,
// EIP_712_BULK_ORDER_TYPE); item types: seaport ConsiderationEnums.sol. Message shaped like an
// OpenSea listing (conduit key and fee recipient as OpenSea uses them), re-typed with test values.
import { describe, expect, it } from 'vitest';
import { orderCardAt } from './index';
import { BASE, EIP712_DOMAIN, FACTS, HOUR, NOW, OTHER, SIGNER, WETH } from './testing';

const BAYC = '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D';
const OPENSEA_FEE = '0x0000a26b00c1F0DF003000390027140000fAa719';
const ZERO = '0x0000000000000000000000000000000000000000';

const ITEM = [
  { name: 'itemType', type: 'uint8' },
  { name: 'token', type: 'address' },
  { name: 'identifierOrCriteria', type: 'uint256' },
  { name: 'startAmount', type: 'uint256' },
  { name: 'endAmount', type: 'uint256' },
];
const TYPES = {
  EIP712Domain: EIP712_DOMAIN,
  OrderComponents: [
    { name: 'offerer', type: 'address' },
    { name: 'zone', type: 'address' },
    { name: 'offer', type: 'OfferItem[]' },
    { name: 'consideration', type: 'ConsiderationItem[]' },
    { name: 'orderType', type: 'uint8' },
    { name: 'startTime', type: 'uint256' },
    { name: 'endTime', type: 'uint256' },
    { name: 'zoneHash', type: 'bytes32' },
    { name: 'salt', type: 'uint256' },
    { name: 'conduitKey', type: 'bytes32' },
    { name: 'counter', type: 'uint256' },
  ],
  OfferItem: ITEM,
  ConsiderationItem: [...ITEM, { name: 'recipient', type: 'address' }],
};
const DOMAIN = {
  name: 'Seaport',
  version: '1.6',
  chainId: 1,
  verifyingContract: '0x0000000000000068F116a894984e2DB1123eB395',
};

const ape = { itemType: 2, token: BAYC, identifierOrCriteria: '1234', startAmount: '1', endAmount: '1' };
const eth = (wei: string, recipient: string) => ({
  itemType: 0,
  token: ZERO,
  identifierOrCriteria: '0',
  startAmount: wei,
  endAmount: wei,
  recipient,
});

function components(offer: unknown[], consideration: unknown[], endTime = Number(NOW) + 30 * 24 * HOUR) {
  return {
    offerer: SIGNER,
    zone: ZERO,
    offer,
    consideration,
    orderType: 0,
    startTime: String(NOW),
    endTime: String(endTime),
    zoneHash: `0x${'0'.repeat(64)}`,
    salt: '0x3d958fe20000000000000000000000000000000000000000a1e7a9f1b2c3d4e5',
    conduitKey: '0x0000007b02230091a7ed01230072f7006a004d60a8d4e71d599b8104250f0000',
    counter: '0',
  };
}
const listing = (consideration: unknown[], endTime?: number) => ({
  types: TYPES,
  primaryType: 'OrderComponents',
  domain: DOMAIN,
  message: components([ape], consideration, endTime),
});

describe('seaport', () => {
  it('reads an NFT listing: the offer is given, consideration to the offerer is what comes back', async () => {
    const data = listing([eth('1200000000000000000', SIGNER), eth('30000000000000000', OPENSEA_FEE)]);
    const card = await orderCardAt(data, BASE, FACTS, NOW);
    expect(card?.summary).toEqual([
      'Sell NFT #1234 of 0xBC4C…f13D for at least 1.2 ETH',
      'Expires 2024-01-31T00:00:00Z',
    ]);
    expect(card?.risks).toEqual([]);
    const fee = card?.fields.find((f) => f.label === 'Paid to someone else');
    expect(fee?.value).toBe('0.03 ETH');
    expect(fee?.children?.[0]).toEqual({ label: 'Recipient', value: OPENSEA_FEE, format: 'address' });
  });

  it('flags the phishing listing that pays the attacker (and 1 wei to the victim)', async () => {
    const data = listing([eth('1', SIGNER), eth('80000000000000000000', OTHER)]);
    const card = await orderCardAt(data, BASE, FACTS, NOW);
    expect(card?.summary[0]).toBe('Sell NFT #1234 of 0xBC4C…f13D for at least 0.000000000000000001 ETH');
    expect(card?.risks.map((r) => [r.code, r.level])).toEqual([['order-receiver-differs', 'danger']]);
  });

  it('flags an order with nothing back, and one that never expires', async () => {
    const card = await orderCardAt(listing([], 2 ** 53 - 1), BASE, FACTS, NOW);
    expect(card?.summary).toEqual(['Sell NFT #1234 of 0xBC4C…f13D for nothing']);
    expect(card?.risks.map((r) => r.code)).toEqual(['order-nothing-back', 'order-no-expiry']);
  });

  it('reads a WETH offer for an NFT, the marketplace fee taken from the offer', async () => {
    const message = components(
      [
        {
          itemType: 1,
          token: WETH,
          identifierOrCriteria: '0',
          startAmount: '1000000000000000000',
          endAmount: '1000000000000000000',
        },
      ],
      [
        { ...ape, recipient: SIGNER },
        {
          itemType: 1,
          token: WETH,
          identifierOrCriteria: '0',
          startAmount: '5000000000000000',
          endAmount: '5000000000000000',
          recipient: OPENSEA_FEE,
        },
      ],
    );
    const card = await orderCardAt(
      { types: TYPES, primaryType: 'OrderComponents', domain: DOMAIN, message },
      BASE,
      FACTS,
      NOW,
    );
    expect(card?.summary[0]).toBe('Sell 1 WETH for NFT #1234 of 0xBC4C…f13D');
    expect(card?.risks).toEqual([]);
  });

  it('reads a bulk listing, skipping the padding orders', async () => {
    const one = components([ape], [eth('1200000000000000000', SIGNER)]);
    const two = components([{ ...ape, identifierOrCriteria: '7' }], [eth('2500000000000000000', SIGNER)]);
    const empty = components([], []);
    const data = {
      types: { ...TYPES, BulkOrder: [{ name: 'tree', type: 'OrderComponents[2][2]' }] },
      primaryType: 'BulkOrder',
      domain: DOMAIN,
      message: {
        tree: [
          [one, two],
          [empty, empty],
        ],
      },
    };
    const card = await orderCardAt(data, BASE, FACTS, NOW);
    expect(card?.title).toBe('Sign 2 exchange orders (Seaport)');
    expect(card?.summary).toEqual([
      'Sell NFT #1234 of 0xBC4C…f13D for at least 1.2 ETH',
      'Sell NFT #7 of 0xBC4C…f13D for at least 2.5 ETH',
      'Expires 2024-01-31T00:00:00Z',
    ]);
  });
});
