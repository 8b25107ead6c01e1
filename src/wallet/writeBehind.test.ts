/**
 * Write-behind of the account list (issue 7: 999 sequential adds ≤ 3 s): answers come before the
 * commit, changes made meanwhile share one commit, lock() flushes before it wipes, and a failed
 * write is shown, audited and retried, never silent.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cleared, mapLabeled } from '../ring';
import type { Commit } from '../vault';
import { lock } from './lifecycle';
import { readInWorker } from './read';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';
import { writesSettled } from './writeBehind';

type View = { accounts: { id: string; name: string }[]; saveProblem?: string };

async function imported() {
  const w = await harness();
  await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
  const commit = w.store.commit.bind(w.store);
  const commits: Commit[] = [];
  let failNext = false;
  w.store.commit = (c: Commit) => {
    if (failNext) {
      failNext = false;
      return Promise.reject(new Error('QuotaExceededError: the disk is full'));
    }
    commits.push(c);
    return commit(c);
  };
  const failOnce = () => {
    failNext = true;
  };
  return { w, commits, failOnce };
}

async function reopened(w: Awaited<ReturnType<typeof harness>>) {
  const again = await harness({ store: w.store });
  await again.ok('unlock', { password: TEST_PASSWORD });
  return (await again.ok('getAccounts', {})) as View;
}

describe('write-behind of the account list', () => {
  it('200 sequential adds share a few commits, and all 201 accounts are on disk after', async () => {
    const { w, commits } = await imported();
    for (let i = 0; i < 200; i++) {
      await w.ok('addAccount', {});
      await new Promise((r) => setImmediate(r)); // as between two port messages
    }
    await writesSettled(w.ctx.session!);
    // Each answer came before its commit: most adds rode a commit already on its way.
    expect(commits.length).toBeGreaterThan(1);
    expect(commits.length).toBeLessThan(100);
    expect((await reopened(w)).accounts).toHaveLength(201);
  });

  it('lock() right after adds wipes the seed at once and still writes every answered change', async () => {
    const { w } = await imported();
    for (let i = 0; i < 5; i++) await w.ok('addAccount', {});
    await w.ok('renameAccount', { id: 'hd-3', name: 'Saved before the lock' });
    const session = w.ctx.session!;
    lock(w.ctx);
    const seedWiped = readInWorker(
      w.ctx,
      w.ring.declassify.decide(mapLabeled(session.seed, cleared.isWiped), 'test: seed wiped'),
      'test',
    );
    expect(seedWiped).toBe(true);
    expect(w.ctx.live.size).toBe(0);
    expect(await w.call('getAccounts', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // The next unlock waits for the flush, so it reads what the answers promised.
    await w.ok('unlock', { password: TEST_PASSWORD });
    const view = (await w.ok('getAccounts', {})) as View;
    expect(view.accounts).toHaveLength(6);
    expect(view.accounts.find((a) => a.id === 'hd-3')?.name).toBe('Saved before the lock');
    expect(w.ctx.flushing.size).toBe(0);
  });

  it('a failed write is shown and audited, and the next change saves the unsaved one too', async () => {
    const { w, failOnce } = await imported();
    failOnce();
    await w.ok('addAccount', {});
    await writesSettled(w.ctx.session!);
    const shown = (await w.ok('getAccounts', {})) as View;
    expect(shown.saveProblem).toMatch(/Could not save: add an account\. QuotaExceededError/);
    expect(await w.ok('getStatus', {})).toMatchObject({ state: 'unlocked', saveProblem: shown.saveProblem });
    expect(w.ring.audit.entries().some((e) => e.kind === 'save-failed')).toBe(true);

    await w.ok('addAccount', {});
    await writesSettled(w.ctx.session!);
    const after = (await w.ok('getAccounts', {})) as View;
    expect(after.saveProblem).toBeUndefined();
    expect((await reopened(w)).accounts.map((a) => a.id)).toEqual(['hd-0', 'hd-1', 'hd-2']);
  });
});
