import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAutoLock, type LockTimer, persistAuditLog } from './housekeeping';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

function recordingTimer() {
  const calls: (number | 'cancel')[] = [];
  const timer: LockTimer = { arm: (m) => calls.push(m), cancel: () => calls.push('cancel') };
  return { timer, calls };
}

describe('auto-lock (recording timer: the extension arms a real alarm)', () => {
  it('arms the default 15 minutes on unlock, re-arms on activity, cancels on lock', async () => {
    const w = await harness();
    const { timer, calls } = recordingTimer();
    const autoLock = createAutoLock(w.ctx, timer);
    autoLock.touch();
    expect(calls).toEqual([]);
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    expect(calls).toEqual([15]);
    await w.ok('setAutoLock', { minutes: 3 });
    autoLock.touch();
    expect(calls.at(-1)).toBe(3);
    await w.ok('lock', {});
    expect(calls.at(-1)).toBe('cancel');
  });

  it('never arms when auto-lock is off (0 minutes)', async () => {
    const w = await harness();
    const { timer, calls } = recordingTimer();
    const autoLock = createAutoLock(w.ctx, timer);
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('setAutoLock', { minutes: 0 });
    autoLock.touch();
    expect(calls.at(-1)).toBe('cancel');
  });
});

describe('audit log persistence (fake-indexeddb in Node)', () => {
  it('saves new entries encrypted while unlocked, and the history comes back after a worker restart', async () => {
    const w = await harness();
    const flush = persistAuditLog(w.ctx, 50);
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('revealPhrase', { password: TEST_PASSWORD });
    await flush();
    // The key lives only inside the session's label: what is stored is checked after a restart.
    expect(await w.store.readState('audit.0')).toMatchObject({ name: 'audit.0' });

    // A new worker: fresh ring and context over the same store (keys only lived in memory).
    const restarted = await harness({ store: w.store });
    expect(await restarted.ok('getStatus', {})).toEqual({ state: 'locked' });
    await restarted.ok('unlock', { password: TEST_PASSWORD });
    const log = (await restarted.ok('getAuditLog', { limit: 1000 })) as {
      intact: boolean;
      entries: { kind: string }[];
    };
    expect(log.intact).toBe(true);
    expect(log.entries.map((e) => e.kind)).toContain('revealToUser');
  });
});
