import { describe, expect, it } from 'vitest';
import type { ChainFacts } from './facts';
import { simulationSection } from './simulation';

const ME = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const YOU = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const facts: ChainFacts = {
  chainId: 1,
  nativeSymbol: 'ETH',
  nativeDecimals: 18,
  token: async (a) => (a.toLowerCase() === USDC.toLowerCase() ? { symbol: 'USDC', decimals: 6 } : undefined),
  isContract: async () => true,
  knownRecipients: [],
  ownAccounts: [ME],
  nameOf: () => undefined,
};

describe('simulationSection', () => {
  it('nets transfers per asset for the account, in words', async () => {
    const section = await simulationSection(
      {
        status: 'ok',
        transfers: [
          { asset: 'native', from: ME.toLowerCase(), to: YOU, amount: 10n ** 18n },
          { asset: USDC, from: YOU, to: ME, amount: 250_000_000n },
          { asset: USDC, from: YOU, to: '0x0000000000000000000000000000000000000001', amount: 5n },
        ],
      },
      ME,
      facts,
    );
    expect(section).toEqual({ status: 'ok', changes: ['You send 1 ETH', 'You receive 250 USDC'] });
  });

  it('names approvals, says unlimited in words, and reports reverts and unsupported nodes', async () => {
    const approvals = [{ token: USDC, owner: ME, spender: YOU, amount: (1n << 256n) - 1n }];
    expect((await simulationSection({ status: 'ok', transfers: [], approvals }, ME, facts)).changes).toEqual([
      'You allow 0x7099…79C8 to spend an unlimited amount of USDC',
    ]);
    expect(await simulationSection({ status: 'ok', transfers: [] }, ME, facts)).toEqual({
      status: 'ok',
      changes: ['No balance changes for your account'],
    });
    expect(await simulationSection({ status: 'reverted', transfers: [], detail: 'nope' }, ME, facts)).toEqual(
      {
        status: 'reverted',
        changes: [],
        detail: 'nope',
      },
    );
    expect((await simulationSection({ status: 'unsupported', transfers: [] }, ME, facts)).status).toBe(
      'unsupported',
    );
  });
});
