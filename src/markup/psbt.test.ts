import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { UTXO_NETWORKS } from '../chains/utxo/networks';
import type { PsbtView } from '../chains/utxo/psbt';
import { psbtCard } from './psbt';

const network = UTXO_NETWORKS.bitcoin;
const script = (n: number) => Uint8Array.of(0x00, 0x14, ...new Array(20).fill(n));
const base = { origin: 'https://market.example', raw: {} };

function view(overrides: Partial<PsbtView> = {}): PsbtView {
  return {
    inputs: [
      {
        index: 0,
        txid: 'aa'.repeat(32),
        vout: 1,
        amount: 100_000n,
        script: script(1),
        address: 'bc1qours',
        signed: false,
      },
      {
        index: 1,
        txid: 'bb'.repeat(32),
        vout: 0,
        amount: 50_000n,
        script: script(2),
        address: 'bc1qtheirs',
        signed: false,
      },
    ],
    outputs: [
      { index: 0, amount: 120_000n, script: script(3), address: 'bc1qseller' },
      { index: 1, amount: 20_000n, script: script(4), address: 'bc1qchange' },
      { index: 2, amount: 5_000n, script: script(5), address: 'bc1qreceive' },
    ],
    fee: 5_000n,
    ...overrides,
  };
}
const own = new Map([
  [bytesToHex(script(1)), { change: false }],
  [bytesToHex(script(4)), { change: true }],
  [bytesToHex(script(5)), { change: false }],
]);

describe('psbtCard', () => {
  it('summary first: inputs signed, each output with the wallet’s own change and receive addresses named, the fee', () => {
    const c = psbtCard(base, { network, view: view(), own, toSign: [0], broadcast: false });
    expect(c.kind).toBe('psbt');
    expect(c.summary).toEqual([
      'Sign 1 of 2 inputs of a Bitcoin transaction',
      'Your inputs spend 0.001 BTC: input 1',
      'Output 1: 0.0012 BTC to bc1qseller',
      'Output 2: 0.0002 BTC back to your change address bc1qchange',
      'Output 3: 0.00005 BTC to your own address bc1qreceive',
      'Network fee 0.00005 BTC',
      'The site gets the signed PSBT back; nothing is broadcast',
    ]);
    const inputs = c.fields.find((f) => f.label === 'Inputs')!.children!;
    expect(inputs.map((f) => f.label)).toEqual([
      'Input 1 (yours, you sign it)',
      'Input 2 (not yours, left as it is)',
    ]);
    expect(c.risks.map((r) => r.code)).toEqual(['psbt-amounts-from-site']);
  });

  it('says when the fee is unknown, and warns of a negative fee', () => {
    const unknown = view({ fee: undefined });
    expect(psbtCard(base, { network, view: unknown, own, toSign: [0], broadcast: true }).summary).toContain(
      'Network fee unknown: an input does not state its amount',
    );
    const negative = psbtCard(base, {
      network,
      view: view({ fee: -1n }),
      own,
      toSign: [0],
      broadcast: false,
    });
    expect(negative.risks.map((r) => r.code)).toContain('psbt-negative-fee');
  });
});
