import { expect, test } from 'vitest';
import { wrongChainRisk } from './chain';

test('a domain for another chain is typed-data-wrong-chain; the same chain in any encoding is not', () => {
  expect(wrongChainRisk({ chainId: 10 }, 1)).toEqual({
    code: 'typed-data-wrong-chain',
    level: 'danger',
    text: expect.stringContaining('signed for chain 10, you are on 1'),
  });
  expect(wrongChainRisk({ chainId: '0xa' }, 10)).toBeUndefined();
  expect(wrongChainRisk({ chainId: '10' }, 10)).toBeUndefined();
  expect(wrongChainRisk({ name: 'no chain' }, 1)).toBeUndefined();
  expect(wrongChainRisk({ chainId: 'mainnet' }, 1)?.text).toContain('signed for chain "mainnet"');
});
