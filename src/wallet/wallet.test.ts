import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump } from '../vault/testing';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

const ANVIL_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const ANVIL_1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const KEY_3 = '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6';
const ADDRESS_3 = '0x90F79bf6EB2c4f870365E785982E1f101E93b906';

describe('wallet in the ring (fake-indexeddb in Node)', () => {
  it('imports the test phrase, shows anvil account 0, locks and unlocks', async () => {
    const w = await harness();
    expect(await w.ok('getStatus', {})).toEqual({ state: 'uninitialized' });
    expect(
      await w.ok('importWallet', { phrase: `  ${TEST_MNEMONIC.toUpperCase()}\n`, password: TEST_PASSWORD }),
    ).toEqual({
      state: 'unlocked',
    });
    expect(await w.ok('getAccounts', {})).toMatchObject({
      accounts: [{ address: ANVIL_0, path: "m/44'/60'/0'/0/0" }],
    });
    expect(await w.ok('lock', {})).toEqual({ state: 'locked' });
    expect(await w.call('getAccounts', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await w.call('unlock', { password: 'wrong password' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSWORD', message: expect.stringMatching(/password/i) },
    });
    expect(await w.ok('unlock', { password: TEST_PASSWORD })).toEqual({ state: 'unlocked' });
  });

  it('adds the index-1 account and imports a raw key, and both survive lock/unlock', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const added = await w.ok('addAccount', {});
    expect(added).toMatchObject({ selectedId: 'hd-1', account: { address: ANVIL_1 }, total: 2 });
    expect(await w.ok('getAccounts', {})).toMatchObject({
      accounts: [{ address: ANVIL_0 }, { address: ANVIL_1 }],
    });
    const imported = await w.ok('importAccount', { privateKey: KEY_3 });
    expect(imported).toMatchObject({ account: { address: ADDRESS_3 }, total: 3 });
    expect(await w.call('importAccount', { privateKey: KEY_3 })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_ACCOUNT' },
    });
    expect(await w.call('importAccount', { privateKey: '0x1234' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^privateKey/) },
    });
    await w.ok('renameAccount', { id: 'hd-1', name: 'Savings' });
    await w.ok('lock', {});
    await w.ok('unlock', { password: TEST_PASSWORD });
    const after = await w.ok('getAccounts', {});
    expect((after.accounts as { address: string; name: string }[]).map((a) => [a.address, a.name])).toEqual([
      [ANVIL_0, 'Account 1'],
      [ANVIL_1, 'Savings'],
      [ADDRESS_3, 'Imported 1'],
    ]);
  });

  it('creates a wallet only after the shown phrase is typed back', async () => {
    const w = await harness();
    const { words } = (await w.ok('beginCreate', { words: 12 })) as { words: string[] };
    expect(words).toHaveLength(12);
    const wrong = [...words].reverse().join(' ');
    expect(await w.call('finishCreate', { confirmation: wrong, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'PHRASE_MISMATCH' },
    });
    expect(await w.ok('getStatus', {})).toEqual({ state: 'uninitialized' });
    expect(await w.ok('finishCreate', { confirmation: words.join('  '), password: TEST_PASSWORD })).toEqual({
      state: 'unlocked',
    });
    expect(await w.call('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_INITIALIZED' },
    });
  });

  it('refuses a bad phrase and a short password without storing anything', async () => {
    const w = await harness();
    const before = await dump(w.factory);
    expect(await w.call('importWallet', { phrase: 'test test junk', password: TEST_PASSWORD })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_PHRASE' },
      },
    );
    expect(await w.call('importWallet', { phrase: TEST_MNEMONIC, password: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('8 characters') },
    });
    expect(await dump(w.factory)).toBe(before);
  });

  it('reveals the phrase only with the right password, and audits it', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    expect(await w.call('revealPhrase', { password: 'nope nope' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSWORD' },
    });
    expect(await w.ok('revealPhrase', { password: TEST_PASSWORD })).toEqual({
      words: TEST_MNEMONIC.split(' '),
    });
    const audit = (await w.ok('getAuditLog', { kind: 'revealToUser' })) as {
      entries: unknown[];
      intact: boolean;
    };
    expect(audit.entries).toHaveLength(1);
    expect(audit.intact).toBe(true);
  });

  it('changes the password: the old one stops working, accounts and audit history survive', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('addAccount', {});
    await w.ok('changePassword', { current: TEST_PASSWORD, next: 'a new password' });
    await w.ok('lock', {});
    expect(await w.call('unlock', { password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSWORD' },
    });
    await w.ok('unlock', { password: 'a new password' });
    expect(((await w.ok('getAccounts', {})).accounts as unknown[]).length).toBe(2);
    const audit = (await w.ok('getAuditLog', { limit: 1000 })) as {
      entries: { kind: string }[];
      intact: boolean;
    };
    expect(audit.intact).toBe(true);
    expect(audit.entries.map((e) => e.kind)).toContain('password-changed');
  });

  it('keeps the settings and refuses secret answers at the popup sink', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    expect(await w.ok('getSettings', {})).toEqual({ autoLockMinutes: 15 });
    expect(await w.ok('setAutoLock', { minutes: 5 })).toEqual({ autoLockMinutes: 5 });
    expect(await w.call('setAutoLock', { minutes: -1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('unlock throttling through the ring (fake-indexeddb in Node)', () => {
  it('after repeated wrong passwords, refuses with THROTTLED and reports the wait in getStatus', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('lock', {});
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await w.call('unlock', { password: `wrong ${i}` });
      if (!result.ok) codes.push(result.error.code);
    }
    expect(codes).toContain('THROTTLED');
    const throttled = (await w.call('unlock', { password: TEST_PASSWORD })) as {
      ok: false;
      error: { message: string; retryAfterMs: number };
    };
    expect(throttled).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED', retryAfterMs: expect.any(Number) },
    });
    expect(throttled.error.message).toMatch(/^Too many wrong password attempts: try again in \d+ s$/);
    expect(await w.ok('getStatus', {})).toMatchObject({ state: 'locked', retryAfterMs: expect.any(Number) });
  });
});
