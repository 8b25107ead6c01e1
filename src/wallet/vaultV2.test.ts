/**
 * Findings 2–4 of issue 7, as the attacks and accidents: a KDF upgrade must lose nothing, an
 * interrupted password change must leave exactly one password working, an older record put back
 * must be reported and not accepted, and a v1 profile must migrate with everything intact.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/vault-v1/vault-v1.json';
import { type KdfSettings, parseRecordV2 } from '../vault';
import { FAST_ARGON2, FAST_PBKDF2, freshStore, rawPut } from '../vault/testing';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

const KEY_3 = '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6';
type View = { accounts: { id: string; name: string; address: string }[] };
type Log = { intact: boolean; entries: { kind: string }[] };

async function walletWithHistory(kdf: KdfSettings = FAST_PBKDF2) {
  const w = await harness({ kdf });
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  await w.ok('addAccount', {});
  await w.ok('importAccount', { privateKey: KEY_3 });
  const { accounts } = (await w.ok('getAccounts', {})) as View;
  for (const [i, a] of accounts.entries()) await w.ok('renameAccount', { id: a.id, name: `Named ${i}` });
  await w.ok('setAutoLock', { minutes: 9 });
  await w.ok('revealPhrase', { password: TEST_PASSWORD });
  await w.ok('lock', {}); // lock saves nothing: the reveal reaches disk with the next commit
  return w;
}

async function reopen(store: Awaited<ReturnType<typeof harness>>['store'], kdf: KdfSettings = FAST_PBKDF2) {
  const w = await harness({ store, kdf });
  await w.ok('unlock', { password: TEST_PASSWORD });
  return w;
}

describe('vault v2: a random data key, rewrapped, never re-keyed', () => {
  it('a weaker-KDF vault with 3 renamed accounts and a reveal unlocks under stronger defaults, all intact', async () => {
    const w = await walletWithHistory(FAST_PBKDF2);
    await w.ok('unlock', { password: TEST_PASSWORD }); // commits the audit log with the reveal
    await w.ok('lock', {});
    const before = parseRecordV2((await w.store.readVault()).current);
    const wallet = await w.store.readState('wallet');

    const stronger = await reopen(w.store, FAST_ARGON2);
    const { current, previous } = await w.store.readVault();
    expect(parseRecordV2(current).kdf.name).toBe('argon2id');
    // The upgrade itself (now the fallback slot, after unlock's audit commit) only rewrapped.
    const upgraded = parseRecordV2(previous);
    expect(upgraded.kdf.name).toBe('argon2id');
    expect(upgraded.wrappedKey).not.toBe(before.wrappedKey);
    expect(upgraded.data).toBe(before.data);
    expect(await w.store.readState('wallet')).toEqual(wallet);
    const third = await reopen(w.store, FAST_ARGON2); // and the next unlock reads all of it
    for (const x of [stronger, third]) {
      const view = (await x.ok('getAccounts', {})) as View;
      expect(view.accounts.map((a) => a.name)).toEqual(['Named 0', 'Named 1', 'Named 2']);
      expect(await x.ok('getSettings', {})).toEqual({ autoLockMinutes: 9 });
      const log = (await x.ok('getAuditLog', { limit: 1000 })) as Log;
      expect(log.intact).toBe(true);
      expect(log.entries.map((e) => e.kind)).toContain('revealToUser');
      expect(log.entries.map((e) => e.kind)).not.toContain('state-rollback');
    }
  });

  it('a password change whose write fails leaves exactly the old password working, and says so', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const realCommit = w.store.commit;
    w.store.commit = async () => {
      throw new Error('quota exceeded');
    };
    const failed = await w.call('changePassword', { current: TEST_PASSWORD, next: 'new password 2' });
    expect(failed.ok).toBe(false);
    w.store.commit = realCommit;
    await w.ok('lock', {});
    expect(await w.call('unlock', { password: 'new password 2' })).toMatchObject({ ok: false });
    await w.ok('unlock', { password: TEST_PASSWORD });
    // And a completed change: only the new one, in both vault slots.
    await w.ok('changePassword', { current: TEST_PASSWORD, next: 'new password 2' });
    await w.ok('lock', {});
    const { current, previous } = await w.store.readVault();
    expect(previous).toEqual(current);
    expect(await w.call('unlock', { password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSWORD' },
    });
    await w.ok('unlock', { password: 'new password 2' });
  });

  for (const name of ['wallet', 'accounts.0', 'audit.0'] as const) {
    it(`an older "${name}" record put back is reported, not accepted`, async () => {
      const { store, factory } = await freshStore();
      const w = await harness({ store });
      await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
      await w.ok('setAutoLock', { minutes: 9 });
      const old = await store.readState(name);
      await w.ok('renameAccount', { id: 'hd-0', name: 'Newer' });
      await w.ok('lock', {});
      await w.ok('unlock', { password: TEST_PASSWORD }); // the audit log is committed again here
      await w.ok('lock', {});
      await rawPut(factory, 'state', name, old);

      const again = await reopen(store);
      const log = (await again.ok('getAuditLog', { limit: 1000 })) as Log;
      expect(log.entries.map((e) => e.kind)).toContain('state-rollback');
      const view = (await again.ok('getAccounts', {})) as View;
      if (name === 'wallet') {
        // Not accepted: the list is rebuilt from the vault (default names and settings), not the old record's.
        expect(await again.ok('getSettings', {})).toEqual({ autoLockMinutes: 15 });
        expect(view.accounts.map((a) => a.name)).toEqual(['Account 1']);
      } else if (name === 'accounts.0') {
        // Only the accounts are rebuilt: the settings in the (current) wallet record survive.
        expect(await again.ok('getSettings', {})).toEqual({ autoLockMinutes: 9 });
        expect(view.accounts.map((a) => a.name)).toEqual(['Account 1']);
      } else expect(view.accounts[0]?.name).toBe('Newer');
    });
  }

  it('the v1 fixture (made by the v1 code) migrates on first unlock with accounts, settings, audit', async () => {
    const { store, factory } = await freshStore();
    for (const [name, rows] of Object.entries(fixture.dump))
      for (const [key, value] of rows as [string, unknown][])
        await rawPut(factory, name as 'vault' | 'state' | 'meta', key, value);
    const w = await harness({ store });
    expect(await w.ok('getStatus', {})).toEqual({ state: 'locked' });
    await w.ok('unlock', { password: fixture.password });
    expect(((await w.ok('getAccounts', {})) as View).accounts).toEqual(fixture.expect.accounts);
    expect(await w.ok('getSettings', {})).toEqual({ autoLockMinutes: fixture.expect.autoLockMinutes });
    const log = (await w.ok('getAuditLog', { limit: 1000 })) as Log;
    expect(log.intact).toBe(true);
    const kinds = log.entries.map((e) => e.kind);
    expect(kinds.slice(0, fixture.expect.auditKinds.length)).toEqual(fixture.expect.auditKinds);
    expect(kinds).toContain('vault-migrated');
    const { current, previous } = await store.readVault();
    expect([parseRecordV2(current).v, parseRecordV2(previous).v]).toEqual([2, 2]);
    await w.ok('lock', {});
    const again = await reopen(store);
    expect(((await again.ok('getAccounts', {})) as View).accounts).toEqual(fixture.expect.accounts);
    const log2 = (await again.ok('getAuditLog', { limit: 1000 })) as Log;
    expect(log2.entries.map((e) => e.kind)).not.toContain('state-rollback');
  });
});
