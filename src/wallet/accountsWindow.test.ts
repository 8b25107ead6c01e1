import 'fake-indexeddb/auto';
import { mnemonicToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import { accountsView, addHdAccount, emptyAccountList, selectAccount } from './accountList';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

const address = (i: number) => mnemonicToAccount(TEST_MNEMONIC, { addressIndex: i }).address;
const fake = (i: number) => `0x${(i + 1).toString(16).padStart(40, '0')}` as const;

describe('accountsView window (pure)', () => {
  let list = emptyAccountList();
  for (let i = 0; i < 10; i++) list = addHdAccount(list, i, fake(i));
  list = selectAccount(list, 'hd-2');

  it('without a window lists every account (what callers got before the window existed)', () => {
    const view = accountsView(list);
    expect(view.accounts.map((a) => a.id)).toEqual(Array.from({ length: 10 }, (_, i) => `hd-${i}`));
    expect(view).toMatchObject({ from: 0, total: 10, selectedId: 'hd-2', selected: { id: 'hd-2' } });
  });

  it('lists positions from … from + limit - 1, and the selected account even outside them', () => {
    const view = accountsView(list, { from: 4, limit: 3 });
    expect(view.accounts.map((a) => a.id)).toEqual(['hd-4', 'hd-5', 'hd-6']);
    expect(view).toMatchObject({ from: 4, total: 10, selected: { id: 'hd-2', address: fake(2) } });
  });

  it('a window past the end is cut short or empty, never an error', () => {
    expect(accountsView(list, { from: 8, limit: 5 }).accounts.map((a) => a.id)).toEqual(['hd-8', 'hd-9']);
    expect(accountsView(list, { from: 10, limit: 5 }).accounts).toEqual([]);
    expect(accountsView(list, { from: 50 })).toMatchObject({ accounts: [], total: 10 });
  });

  it('an empty list has no selected account', () => {
    const view = accountsView(emptyAccountList(), { limit: 5 });
    expect(view).toEqual({ selectedId: '', from: 0, accounts: [], total: 0 });
  });
});

describe('getAccounts({ from, limit }) in the ring', () => {
  it('pages through 120 derived accounts; the pages join up to the whole list', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    for (let i = 1; i < 120; i++) await w.ok('addAccount', {});
    await w.ok('selectAccount', { id: 'hd-7' });

    const page = (await w.ok('getAccounts', { from: 50, limit: 50 })) as {
      from: number;
      total: number;
      accounts: { id: string; address: string }[];
      selected: { id: string; address: string };
    };
    expect(page.from).toBe(50);
    expect(page.total).toBe(120);
    expect(page.accounts).toHaveLength(50);
    expect(page.accounts[0]).toMatchObject({ id: 'hd-50', address: address(50) });
    expect(page.accounts[49]).toMatchObject({ id: 'hd-99', address: address(99) });
    expect(page.selected).toMatchObject({ id: 'hd-7', address: address(7) });

    const whole = (await w.ok('getAccounts', {})) as { accounts: { id: string }[] };
    const joined = [];
    for (let from = 0; from < 120; from += 50) {
      const next = (await w.ok('getAccounts', { from, limit: 50 })) as { accounts: { id: string }[] };
      joined.push(...next.accounts);
    }
    expect(joined).toEqual(whole.accounts);
    expect(whole.accounts).toHaveLength(120);
    expect(
      ((await w.ok('getAccounts', { from: 119, limit: 50 })) as { accounts: unknown[] }).accounts,
    ).toHaveLength(1);
  });

  it('refuses a bad window with INVALID_INPUT naming the argument', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    for (const [input, name] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 501 }, 'limit'],
      [{ limit: 2.5 }, 'limit'],
      [{ from: -1 }, 'from'],
      [{ from: '3' }, 'from'],
    ] as const) {
      expect(await w.call('getAccounts', input as never)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(new RegExp(`^input\\.${name}: `)) },
      });
    }
  });

  it('is refused while locked', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('lock', {});
    expect(await w.call('getAccounts', { from: 0, limit: 10 })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });
});
