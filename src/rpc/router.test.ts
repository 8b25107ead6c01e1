import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { grantSite } from '../wallet/sites';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from '../wallet/testHarness';

const ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

const ORIGIN = 'http://127.0.0.1:5173';

async function setup(answer: (method: string, params: unknown) => unknown = () => '0x1') {
  const forwarded: { url: string; method: string; params: unknown }[] = [];
  const w = await harness({
    rpc: async (url, method, params) => {
      forwarded.push({ url, method, params });
      return answer(method, params);
    },
  });
  return { route: w.route, forwarded, ring: w.ring, w };
}

describe('createDappRouter (recording RPC stub: the real node is exercised in e2e)', () => {
  it('answers eth_chainId and net_version locally from the selected network', async () => {
    const { route, forwarded } = await setup();
    expect(await route(ORIGIN, { method: 'eth_chainId' })).toEqual({ result: '0x7a69' });
    expect(await route(ORIGIN, { method: 'net_version', params: [] })).toEqual({ result: '31337' });
    expect(forwarded).toEqual([]);
  });

  it('gives eth_accounts only the accounts granted to that origin', async () => {
    const { route, w } = await setup();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await (w.ctx.session && grantSite(w.ctx, 'https://granted.example', [ACCOUNT_0]));
    expect(await route(ORIGIN, { method: 'eth_accounts' })).toEqual({ result: [] });
    expect(await route('https://granted.example', { method: 'eth_accounts' })).toEqual({
      result: [ACCOUNT_0],
    });
  });

  it('forwards allow-listed read-only methods with the dapp params unchanged', async () => {
    const { route, forwarded } = await setup(() => '0xde0b6b3a7640000');
    const params = ['0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'];
    expect(await route(ORIGIN, { method: 'eth_getBalance', params })).toEqual({
      result: '0xde0b6b3a7640000',
    });
    expect(forwarded).toEqual([{ url: 'http://127.0.0.1:8545', method: 'eth_getBalance', params }]);
  });

  it('refuses unknown and unreviewed methods with 4200 without forwarding them', async () => {
    const { route, forwarded } = await setup();
    for (const method of ['eth_foo', 'debug_traceTransaction', 'admin_peers', 'eth_sign']) {
      const response = await route(ORIGIN, { method });
      expect(response).toMatchObject({ error: { code: 4200 } });
    }
    expect(forwarded).toEqual([]);
  });

  it.each([
    ['not an object', 'eth_chainId', -32600],
    ['null', null, -32600],
    ['an array', [{ method: 'eth_chainId' }], -32600],
    ['no method', {}, -32600],
    ['a numeric method', { method: 42 }, -32600],
    ['string params', { method: 'eth_chainId', params: 'x' }, -32602],
    ['a bad address', { method: 'eth_getBalance', params: ['0x12'] }, -32602],
    ['a missing address', { method: 'eth_getBalance', params: [] }, -32602],
    ['a bad call object', { method: 'eth_call', params: [{ to: 'nope' }, 'latest'] }, -32602],
    ['a bad block tag', { method: 'eth_getBalance', params: [`0x${'1'.repeat(40)}`, 'newest'] }, -32602],
    ['too many params', { method: 'eth_blockNumber', params: [1] }, -32602],
  ])('rejects %s with a clear error', async (_name, payload, code) => {
    const { route, forwarded } = await setup();
    const response = await route(ORIGIN, payload);
    expect(response).toMatchObject({ error: { code } });
    expect((response as { error: { message: string } }).error.message.length).toBeGreaterThan(8);
    expect(forwarded).toEqual([]);
  });

  it('names the bad parameter in the message', async () => {
    const { route } = await setup();
    const response = await route(ORIGIN, { method: 'eth_call', params: [{ to: 'nope' }] });
    expect(response).toMatchObject({ error: { message: expect.stringContaining('params[0].to') } });
  });

  it('turns unexpected failures into a bare -32603 that leaks no detail', async () => {
    const { route } = await setup(() => {
      throw new Error('secret detail');
    });
    const response = await route(ORIGIN, { method: 'eth_blockNumber' });
    expect(response).toEqual({ error: { code: -32603, message: 'Internal error' } });
  });
});
