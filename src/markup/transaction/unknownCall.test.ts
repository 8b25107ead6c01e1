import * as v from 'valibot';
import { expect, test } from 'vitest';
import { Card } from '../card';
import { base, calldata, ME, ROUTER, testFacts } from '../testData';
import { unknownCallCard } from './unknownCall';

// execute(bytes,bytes[],uint256) of the Universal Router: not a call Ringfence reads.
const DATA = calldata('0x3593564c', 0x60n, 0xa0n, 1_700_000_000n);

test('unknown calldata: selector, raw hex and the unknown-calldata warning', async () => {
  const c = await unknownCallCard(
    { from: ME, to: ROUTER, value: 0n, data: DATA, chainId: 1 },
    base,
    testFacts(),
  );
  expect(v.parse(Card, c)).toEqual(c);
  expect(c!.summary).toEqual(['Call function 0x3593564c of 0x3fC9…7FAD']);
  expect(c!.fields.find((f) => f.label === 'Data')?.value).toMatch(/^0x3593564c0{62}60/);
  expect(c!.risks).toEqual([
    {
      code: 'unknown-calldata',
      level: 'warning',
      text: expect.stringContaining('cannot read what this call does'),
    },
  ]);
});

test('value sent with an unknown call is its own line', async () => {
  const c = await unknownCallCard(
    { from: ME, to: ROUTER, value: 2n * 10n ** 18n, data: DATA, chainId: 1 },
    base,
    testFacts(),
  );
  expect(c!.summary[1]).toBe('Send 2 ETH with the call');
});
