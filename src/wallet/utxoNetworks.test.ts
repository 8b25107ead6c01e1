/** UTXO backends in the vault: the node RPC password is stored sealed and never shown. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump } from '../vault/testing';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

type View = {
  networks: { id: string; name: string; backend: string; url: string; user: string; hasPassword: boolean }[];
};
const SECRET = 'rpc-password-canary-7f3a';

describe('UTXO network backends', () => {
  it('defaults, a node backend with user and password, kept across lock/unlock, password never out', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const before = (await w.ok('getUtxoNetworks', {})) as View;
    expect(before.networks.map((n) => n.name)).toContain('Litecoin regtest');
    expect(before.networks.find((n) => n.id === 'bitcoin')).toMatchObject({
      backend: 'esplora',
      hasPassword: false,
    });
    await w.ok('setUtxoBackend', {
      id: 'litecoinRegtest',
      backend: 'node',
      url: 'http://127.0.0.1:19555/',
      user: 'me',
      password: SECRET,
    });
    // Changing the URL alone keeps the stored password.
    await w.ok('setUtxoBackend', { id: 'litecoinRegtest', backend: 'node', url: 'http://127.0.0.1:19556' });
    await w.ok('lock', {});
    await w.ok('unlock', { password: TEST_PASSWORD });
    const after = (await w.ok('getUtxoNetworks', {})) as View;
    expect(after.networks.find((n) => n.id === 'litecoinRegtest')).toMatchObject({
      backend: 'node',
      url: 'http://127.0.0.1:19556',
      user: 'me',
      hasPassword: true,
    });
    expect(JSON.stringify(w.popupMessages)).not.toContain(SECRET);
    expect(await dump(w.factory)).not.toContain(SECRET);
    expect(
      await w.call('setUtxoBackend', { id: 'litecoin', backend: 'esplora', url: 'ftp://x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await w.call('setUtxoBackend', { id: 'dogecoin', backend: 'esplora', url: 'https://x.example' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
