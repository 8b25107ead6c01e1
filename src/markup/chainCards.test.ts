import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { addChainCard } from './addChain';
import { Card } from './card';
import { switchChainCard } from './switchChain';
import { base, USDC } from './testData';
import { watchAssetCard } from './watchAsset';

describe('addChainCard', () => {
  test('names the network and the node that will see the activity', () => {
    const c = addChainCard(base, {
      chainId: 10,
      name: 'OP Mainnet',
      rpcUrl: 'https://mainnet.optimism.io',
      symbol: 'ETH',
    });
    expect(v.parse(Card, c)).toEqual(c);
    expect(c.summary).toEqual([
      'Add the network OP Mainnet (chain 10)',
      'Ringfence will use mainnet.optimism.io for it, which will see your addresses and transactions',
    ]);
    expect(c.risks).toEqual([]);
  });

  test('a node without HTTPS is a warning, except on this computer', () => {
    const rpc = (rpcUrl: string) => addChainCard(base, { chainId: 5, name: 'X', rpcUrl, symbol: 'X' }).risks;
    expect(rpc('http://rpc.example').map((r) => r.code)).toEqual(['insecure-rpc']);
    expect(rpc('http://127.0.0.1:8545')).toEqual([]);
  });
});

test('switchChainCard says from which network to which', () => {
  const c = switchChainCard(base, { from: { id: 1, name: 'Ethereum' }, to: { id: 8453, name: 'Base' } });
  expect(v.parse(Card, c)).toEqual(c);
  expect(c.summary).toEqual(['Switch from Ethereum to Base']);
});

test('watchAssetCard shows the address that identifies the token', () => {
  const c = watchAssetCard(base, { address: USDC.toLowerCase(), symbol: 'USDC', decimals: 6 });
  expect(v.parse(Card, c)).toEqual(c);
  expect(c.summary).toEqual(['Add USDC to your token list']);
  expect(c.fields[0]).toEqual({ label: 'Token', value: USDC, format: 'address' });
  expect(c.risks.map((r) => r.code)).toEqual(['site-chosen-symbol']);
});
