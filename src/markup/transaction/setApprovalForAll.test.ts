import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { SELECTOR } from '../calldata';
import { Card } from '../card';
import { BAYC, BOB, base, calldata, ME, ROUTER, testFacts } from '../testData';
import { setApprovalForAllCard } from './setApprovalForAll';

const call = (data: Uint8Array) => ({ from: ME, to: BAYC, value: 0n, data, chainId: 1 });
const facts = testFacts({ nameOf: (a) => (a === BAYC ? 'Bored Ape Yacht Club' : undefined) });

describe('setApprovalForAllCard', () => {
  test('approving an operator hands over the whole collection', async () => {
    const c = await setApprovalForAllCard(
      call(calldata(SELECTOR.setApprovalForAll, ROUTER, true)),
      base,
      facts,
    );
    expect(v.parse(Card, c)).toEqual(c);
    expect(c!.summary).toEqual(['Allow 0x3fC9…7FAD to move all your Bored Ape Yacht Club NFTs']);
    expect(c!.fields).toContainEqual({ label: 'Operator', value: ROUTER, format: 'address' });
    expect(c!.risks.map((r) => r.code)).toEqual(['unlimited-approval']);
  });

  test('an operator without code is also approval-to-eoa', async () => {
    const c = await setApprovalForAllCard(
      call(calldata(SELECTOR.setApprovalForAll, BOB, true)),
      base,
      testFacts(),
    );
    expect(c!.summary[0]).toBe('Allow 0x7099…79C8 to move all your 0xBC4C…f13D NFTs');
    expect(c!.risks.map((r) => r.code)).toEqual(['unlimited-approval', 'approval-to-eoa']);
  });

  test('false is a revoke', async () => {
    const c = await setApprovalForAllCard(
      call(calldata(SELECTOR.setApprovalForAll, ROUTER, false)),
      base,
      facts,
    );
    expect(c!.summary).toEqual(['Revoke the approval of 0x3fC9…7FAD to move your Bored Ape Yacht Club NFTs']);
    expect(c!.risks).toEqual([]);
  });
});
