import { describe, expect, test } from 'vitest';
import { SELECTOR } from '../calldata';
import { MAX_UINT256 } from '../format';
import { BOB, base, calldata, ME, ROUTER, testFacts, USDC } from '../testData';
import { transactionCard } from '.';

const tx = (to: string | undefined, data: Uint8Array, value = 0n, chainId = 1) => ({
  from: ME,
  to,
  value,
  data,
  chainId,
});

describe('transactionCard', () => {
  test('routes each call to its decoder', async () => {
    const facts = testFacts({ knownRecipients: [BOB] });
    const lines = await Promise.all(
      [
        tx(BOB, new Uint8Array(), 10n ** 18n),
        tx(USDC, calldata(SELECTOR.transfer, BOB, 250_000_000n)),
        tx(USDC, calldata(SELECTOR.approve, ROUTER, MAX_UINT256)),
        tx(undefined, new Uint8Array([0x00])),
        tx(ROUTER, calldata('0xdeadbeef')),
      ].map(async (t) => (await transactionCard(t, base, facts)).summary[0]),
    );
    expect(lines).toEqual([
      'Send 1 ETH to 0x7099…79C8',
      'Send 250 USDC to 0x7099…79C8',
      'Allow 0x3fC9…7FAD to spend an unlimited amount of USDC',
      'Deploy a contract (1 byte of code)',
      'Call function 0xdeadbeef of 0x3fC9…7FAD',
    ]);
  });

  test('a token call with malformed arguments is an unknown call', async () => {
    const c = await transactionCard(tx(USDC, calldata(SELECTOR.transfer, BOB)), base, testFacts());
    expect(c.risks.map((r) => r.code)).toEqual(['unknown-calldata']);
  });

  test('a transaction for another chain is a danger', async () => {
    const c = await transactionCard(
      tx(BOB, new Uint8Array(), 1n, 10),
      base,
      testFacts({ knownRecipients: [BOB] }),
    );
    expect(c.risks).toEqual([
      {
        code: 'transaction-wrong-chain',
        level: 'danger',
        text: 'This transaction is for chain 10, you are on 1.',
      },
    ]);
  });
});
