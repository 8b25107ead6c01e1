import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { SELECTOR } from '../calldata';
import { Card } from '../card';
import { BOB, base, CAROL, calldata, DAI, ME, testFacts, USDC } from '../testData';
import { transferCard } from './transfer';

const call = (to: string, data: Uint8Array) => ({ from: ME, to, value: 0n, data, chainId: 1 });

describe('transferCard', () => {
  test('"Send 250 USDC to 0x7099…79C8" with symbol and decimals from the token', async () => {
    const c = await transferCard(
      call(USDC, calldata(SELECTOR.transfer, BOB, 250_000_000n)),
      base,
      testFacts(),
    );
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.title).toBe('Send USDC');
    expect(c!.summary).toEqual(['Send 250 USDC to 0x7099…79C8']);
    expect(c!.fields).toContainEqual({ label: 'Recipient', value: BOB, format: 'address' });
    expect(c!.fields).toContainEqual({ label: 'Token', value: USDC, format: 'address' });
    expect(c!.risks.map((r) => r.code)).toEqual(['first-time-recipient']);
  });

  test('an unknown token shows raw units with a warning', async () => {
    const c = await transferCard(call(CAROL, calldata(SELECTOR.transfer, BOB, 42n)), base, testFacts());
    expect(c!.summary[0]).toBe('Send 42 raw units of token 0x3C44…93BC to 0x7099…79C8');
    expect(c!.risks.map((r) => r.code)).toContain('unknown-token');
  });

  test('sending tokens to a token contract is a danger', async () => {
    const c = await transferCard(call(USDC, calldata(SELECTOR.transfer, DAI, 1n)), base, testFacts());
    expect(c!.risks.find((r) => r.code === 'recipient-is-token-contract')?.level).toBe('danger');
  });

  test("transferFrom of someone else's tokens says whose", async () => {
    const data = calldata(SELECTOR.transferFrom, CAROL, BOB, 10n ** 18n);
    const c = await transferCard(call(DAI, data), base, testFacts({ knownRecipients: [BOB] }));
    expect(c!.summary).toEqual(['Move 1 DAI from 0x3C44…93BC to 0x7099…79C8']);
    expect(c!.fields).toContainEqual({ label: 'Owner', value: CAROL, format: 'address' });
    const own = await transferCard(
      call(DAI, calldata(SELECTOR.transferFrom, ME, BOB, 10n ** 18n)),
      base,
      testFacts(),
    );
    expect(own!.summary[0]).toBe('Send 1 DAI to 0x7099…79C8');
  });

  test('also names native coin sent with the call', async () => {
    const tx = { ...call(USDC, calldata(SELECTOR.transfer, BOB, 1n)), value: 10n ** 17n };
    expect((await transferCard(tx, base, testFacts()))!.summary[1]).toBe('Also send 0.1 ETH to the contract');
  });

  test('truncated calldata is not a transfer', async () => {
    const data = calldata(SELECTOR.transfer, BOB).subarray(0, 36);
    expect(await transferCard(call(USDC, data), base, testFacts())).toBeUndefined();
  });
});
