import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { encodeCall, SELECTORS } from '../../chains/evm/abi';
import { batchFacts, transactionFacts } from './policyRequest';

const TOKEN = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const BOB = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const call = (selector: `0x${string}`, args: unknown[]) =>
  hexToBytes(encodeCall(selector, args as never).slice(2));

describe('transactionFacts: what a transaction does, for the rules', () => {
  it('a plain value transfer is a send of the native coin', () => {
    expect(transactionFacts({ to: BOB, value: 6n, data: new Uint8Array() }, 'ETH')).toEqual({
      kind: 'send',
      recipient: BOB,
      asset: 'ETH',
      amount: 6n,
    });
  });

  it('ERC-20 transfer is a send of the token to its recipient; approve is an approve of the spender', () => {
    expect(
      transactionFacts({ to: TOKEN, value: 0n, data: call(SELECTORS.transfer, [BOB, 250n]) }, 'ETH'),
    ).toEqual({
      kind: 'send',
      recipient: BOB,
      asset: TOKEN,
      amount: 250n,
      contract: TOKEN,
    });
    expect(
      transactionFacts({ to: TOKEN, value: 0n, data: call(SELECTORS.approve, [BOB, 7n]) }, 'ETH'),
    ).toMatchObject({ kind: 'approve', spender: expect.stringMatching(/^0x70997970c5/i), amount: 7n });
  });

  it('any call that carries value is a send (a limit cannot be routed through a contract); a deploy is a transaction', () => {
    const data = new Uint8Array([1, 2, 3, 4, 5]);
    expect(transactionFacts({ to: TOKEN, value: 9n, data }, 'ETH')).toEqual({
      kind: 'send',
      recipient: TOKEN,
      asset: 'ETH',
      amount: 9n,
      contract: TOKEN,
    });
    expect(transactionFacts({ to: TOKEN, value: 0n, data }, 'ETH')).toEqual({
      kind: 'transaction',
      contract: TOKEN,
    });
    expect(transactionFacts({ value: 5n, data }, 'ETH')).toEqual({ kind: 'transaction' });
  });
});

describe('batchFacts: what an EIP-5792 batch moves, for the rules', () => {
  const CAROL = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
  const tokenSend = (to: string, amount: bigint) =>
    transactionFacts({ to: TOKEN, value: 0n, data: call(SELECTORS.transfer, [to, amount]) }, 'ETH');
  const ethSend = (to: string, value: bigint) =>
    transactionFacts({ to, value, data: new Uint8Array() }, 'ETH');

  it('one entry per asset and recipient, each carrying the batch total of its asset', () => {
    const facts = batchFacts([
      tokenSend(BOB, 5n),
      ethSend(BOB, 3n),
      tokenSend(CAROL, 7n),
      tokenSend(BOB, 1n),
    ]);
    expect(facts.sends).toEqual([
      { asset: TOKEN, recipient: expect.stringMatching(/^0x70997970c5/i), contract: TOKEN, amount: 13n },
      { asset: 'ETH', recipient: BOB, amount: 3n },
      { asset: TOKEN, recipient: expect.stringMatching(/^0x3c44cddd/i), contract: TOKEN, amount: 13n },
    ]);
  });

  it('a batch that moves nothing (approvals, zero amounts, other calls) has no sends', () => {
    const approve = transactionFacts(
      { to: TOKEN, value: 0n, data: call(SELECTORS.approve, [BOB, 7n]) },
      'ETH',
    );
    expect(batchFacts([approve, tokenSend(BOB, 0n), { kind: 'transaction', contract: TOKEN }])).toEqual({});
  });
});
