/**
 * Finding 5 of issue 7, as the races: two unlocks at once, and lock() pressed while an unlock's KDF
 * runs. One session at most, lock wins, and no seed stays live after lock().
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cleared, mapLabeled } from '../ring';
import type { Session } from './context';
import { lock, unlock, walletState } from './lifecycle';
import { readInWorker } from './read';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

async function lockedWallet() {
  const w = await harness();
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  await w.ok('lock', {});
  return w;
}

type W = Awaited<ReturnType<typeof harness>>;
const wiped = (w: W, s: Session) =>
  readInWorker(
    w.ctx,
    w.ring.declassify.decide(mapLabeled(s.seed, cleared.isWiped), 'test: seed wiped'),
    'test',
  );

describe('one lock state machine', () => {
  it('two parallel unlocks leave one session, and no live seed after lock()', async () => {
    const w = await lockedWallet();
    const seen = new Set<Session>();
    const watch = setInterval(() => {
      for (const s of w.ctx.live) seen.add(s);
    }, 1);
    await Promise.all([unlock(w.ctx, TEST_PASSWORD), unlock(w.ctx, TEST_PASSWORD)]);
    clearInterval(watch);
    for (const s of w.ctx.live) seen.add(s);
    expect(w.ctx.live.size).toBe(1);
    expect(seen.size).toBe(1);
    expect([...w.ctx.live][0]).toBe(w.ctx.session);
    const session = w.ctx.session!;
    expect(wiped(w, session)).toBe(false);
    lock(w.ctx);
    expect(w.ctx.live.size).toBe(0);
    expect(wiped(w, session)).toBe(true);
    expect(await walletState(w.ctx)).toBe('locked');
  });

  it('lock() during an unlock wins: the wallet ends locked and the new session is wiped', async () => {
    const w = await lockedWallet();
    const opened: Session[] = [];
    const pending = unlock(w.ctx, TEST_PASSWORD);
    let kdfRunning = false;
    await new Promise((r) => setTimeout(r, 30));
    kdfRunning = w.ctx.session === undefined;
    lock(w.ctx); // PBKDF2-600k takes > 30 ms: the KDF is still running
    const watch = setInterval(() => {
      for (const s of w.ctx.live) opened.push(s);
    }, 1);
    await pending;
    clearInterval(watch);
    expect(kdfRunning).toBe(true);
    expect(w.ctx.session).toBeUndefined();
    expect(w.ctx.live.size).toBe(0);
    for (const s of opened) expect(wiped(w, s)).toBe(true);
    expect(await walletState(w.ctx)).toBe('locked');
    expect(await w.call('getAccounts', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // And the vault is intact: the next unlock works.
    await w.ok('unlock', { password: TEST_PASSWORD });
    expect(await walletState(w.ctx)).toBe('unlocked');
  });

  it('a lock() while a save is queued writes nothing under the ended session', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const before = await w.store.readVault();
    const adding = w.call('addAccount', {});
    lock(w.ctx);
    await adding;
    await w.ok('unlock', { password: TEST_PASSWORD });
    const view = (await w.ok('getAccounts', {})) as { accounts: unknown[] };
    expect(view.accounts.length).toBeGreaterThan(0);
    expect(before.current).toBeDefined();
  });
});
