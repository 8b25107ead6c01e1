/**
 * Appends in O(1) (issue 7): a save writes only the last segment(s) of the audit log and of the
 * account list, the chain is still verified on read, and 999 sequential addAccount stay fast (the
 * time is printed; `npm run bench` measures it in the real worker).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Commit } from '../vault';
import { ACCOUNT_SEGMENT, accountSegment } from './accountSegments';
import { AUDIT_SEGMENT, auditSegment, saveAudit } from './persist';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';
import { writesSettled } from './writeBehind';

describe('audit log in segments', () => {
  it('999 sequential addAccount, each followed by an audit save, write O(1) records per save', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const commit = w.store.commit.bind(w.store);
    const written: number[] = [];
    const accountRecords: string[][] = [];
    w.store.commit = (c: Commit) => {
      written.push(Object.keys(c.states ?? {}).filter((n) => auditSegment(n) >= 0).length);
      accountRecords.push(Object.keys(c.states ?? {}).filter((n) => accountSegment(n) >= 0));
      return commit(c);
    };
    const started = performance.now();
    for (let i = 0; i < 999; i++) {
      await w.ok('addAccount', {});
      await saveAudit(w.ctx, w.ctx.session!);
    }
    await writesSettled(w.ctx.session!);
    const seconds = (performance.now() - started) / 1000;
    console.log(`999 sequential addAccount + audit save: ${seconds.toFixed(2)} s`);
    expect(Math.max(...written)).toBeLessThanOrEqual(2);
    // Each commit re-seals the segment the new accounts land in (two when a write-behind carries
    // adds across a segment boundary), never the list.
    expect(Math.max(...accountRecords.map((r) => r.length))).toBeLessThanOrEqual(2);
    expect(accountRecords.flat().at(-1)).toBe(`accounts.${Math.floor(999 / ACCOUNT_SEGMENT)}`);
    await w.ok('renameAccount', { id: 'hd-500', name: 'Five hundred' });
    await writesSettled(w.ctx.session!); // a rename is saved behind the answer (writeBehind.ts)
    expect(accountRecords.at(-1)).toEqual([`accounts.${Math.floor(500 / ACCOUNT_SEGMENT)}`]);
    await saveAudit(w.ctx, w.ctx.session!);
    const entries = w.ring.audit.entries().length;
    expect(Object.keys(w.ctx.session!.states).filter((n) => auditSegment(n) >= 0).length).toBe(
      Math.ceil(w.ctx.session!.auditSaved / AUDIT_SEGMENT),
    );

    await w.ok('lock', {});
    const again = await harness({ store: w.store });
    await again.ok('unlock', { password: TEST_PASSWORD });
    const log = (await again.ok('getAuditLog', { limit: 1000 })) as {
      intact: boolean;
      entries: unknown[];
    };
    expect(log.intact).toBe(true);
    expect(again.ring.audit.entries().length).toBeGreaterThanOrEqual(entries);
    expect(log.entries.length).toBeGreaterThan(999);
    const view = (await again.ok('getAccounts', {})) as { accounts: { id: string; name: string }[] };
    expect(view.accounts).toHaveLength(1000);
    expect(view.accounts[500]).toMatchObject({ id: 'hd-500', name: 'Five hundred' });
    expect(view.accounts[999]?.id).toBe('hd-999');
  }, 240_000);
});
