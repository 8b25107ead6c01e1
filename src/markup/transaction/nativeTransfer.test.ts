import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { Card } from '../card';
import { BOB, base, CAROL, ME, testFacts } from '../testData';
import { nativeTransferCard } from './nativeTransfer';

const send = (to: string, value: bigint) => ({ from: ME, to, value, data: new Uint8Array(), chainId: 1 });

describe('nativeTransferCard', () => {
  test('"Send 1 ETH to 0x7099…79C8", full addresses in fields', async () => {
    const c = await nativeTransferCard(send(BOB, 10n ** 18n), base, testFacts({ knownRecipients: [BOB] }));
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.summary).toEqual(['Send 1 ETH to 0x7099…79C8']);
    expect(c!.fields).toContainEqual({ label: 'To', value: BOB, format: 'address' });
    expect(c!.fields).toContainEqual({ label: 'Value', value: '1 ETH', format: 'amount' });
    expect(c!.risks).toEqual([]);
  });

  test('names a contact and flags a first-time recipient', async () => {
    const facts = testFacts({ nameOf: (a) => (a === CAROL ? 'Carol' : undefined) });
    const c = await nativeTransferCard(send(CAROL, 1_500_000_000_000_000n), base, facts);
    expect(c!.summary).toEqual(['Send 0.0015 ETH to Carol (0x3C44…93BC)']);
    expect(c!.risks.map((r) => r.code)).toEqual(['first-time-recipient']);
  });

  test('is not for calls with data or for creations', async () => {
    expect(
      await nativeTransferCard({ ...send(BOB, 1n), data: new Uint8Array([1]) }, base, testFacts()),
    ).toBeUndefined();
    expect(await nativeTransferCard({ ...send(BOB, 1n), to: undefined }, base, testFacts())).toBeUndefined();
  });
});
