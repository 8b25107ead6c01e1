import 'fake-indexeddb/auto';
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import { harness } from '../../wallet/testHarness';

// anvil's account 0 (the "test … junk" phrase): a public test key.
const account = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const SITE = 'http://127.0.0.1:5173';
const hello = `0x${Buffer.from('Example `personal_sign` message').toString('hex')}`;

describe('personal_ecRecover (as MetaMask answers it)', () => {
  it('answers the checksummed signer without a connection, a card or the node', async () => {
    const w = await harness();
    const signature = await account.signMessage({ message: 'Example `personal_sign` message' });
    expect(await w.route(SITE, { method: 'personal_ecRecover', params: [hello, signature] })).toEqual({
      result: account.address,
    });
    expect(w.approvals.list()).toEqual([]);
  });

  it.each([
    ['a short signature', [hello, '0x1234']],
    ['a signature that is not hex', [hello, 'signature']],
    ['a bad v', [hello, `0x${'11'.repeat(64)}1d`]],
    ['a missing signature', [hello]],
  ])('refuses %s with -32602', async (_name, params) => {
    const w = await harness();
    const response = await w.route(SITE, { method: 'personal_ecRecover', params });
    expect(response).toMatchObject({ error: { code: -32602, message: expect.stringMatching(/^params/) } });
  });
});
