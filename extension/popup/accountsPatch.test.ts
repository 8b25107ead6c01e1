import { describe, expect, it } from 'vitest';
import { applyAccountChange, copyOf, isStaleCopy, mergeWindow, missingPages } from './accountsPatch';

const account = (i: number, name = `Account ${i + 1}`) => ({
  id: `hd-${i}`,
  name,
  address: `0x${String(i).padStart(40, '0')}`,
  kind: 'hd' as const,
});
/** What getAccounts({ from, limit }) answers for a wallet of `total` HD accounts, `selected` selected. */
const answer = (total: number, from: number, limit: number, selected = 0) => ({
  selectedId: `hd-${selected}`,
  selected: account(selected),
  from,
  accounts: Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => account(from + i)),
  total,
});
const two = copyOf(answer(2, 0, 50));

describe('applyAccountChange', () => {
  it('appends an added account and selects it', () => {
    const next = applyAccountChange(two, { selectedId: 'hd-2', account: account(2), total: 3 });
    expect([...next.rows.values()].map((a) => a.id)).toEqual(['hd-0', 'hd-1', 'hd-2']);
    expect(next.selected?.id).toBe('hd-2');
    expect(next.total).toBe(3);
  });

  it('replaces a renamed account in place and keeps the order and the selection', () => {
    const change = { selectedId: 'hd-0', account: account(1, 'Savings'), total: 2 };
    const next = applyAccountChange(two, change);
    expect([...next.rows.values()].map((a) => a.name)).toEqual(['Account 1', 'Savings']);
    expect(next.selected?.id).toBe('hd-0');
    expect(isStaleCopy(two, change)).toBe(false);
  });

  it('renaming the selected account renames the selected copy too', () => {
    const next = applyAccountChange(two, { selectedId: 'hd-0', account: account(0, 'Main'), total: 2 });
    expect(next.selected?.name).toBe('Main');
    expect(next.rows.get(0)?.name).toBe('Main');
  });

  it('an account beyond the fetched pages is appended at the end of a 1,000-account list', () => {
    const partial = copyOf(answer(1000, 0, 50));
    const change = { selectedId: 'hd-1000', account: account(1000), total: 1001 };
    expect(isStaleCopy(partial, change)).toBe(false);
    const next = applyAccountChange(partial, change);
    expect(next.rows.get(1000)?.id).toBe('hd-1000');
    expect(next.rows.has(500)).toBe(false);
  });

  it('carries a save problem, and says when the copy lost track of the total', () => {
    const change = { selectedId: 'hd-3', account: account(3), total: 4, saveProblem: 'Could not save' };
    expect(applyAccountChange(two, change).saveProblem).toBe('Could not save');
    expect(isStaleCopy(two, change)).toBe(true);
  });

  it('a rename while another window added an account is stale', () => {
    expect(isStaleCopy(two, { selectedId: 'hd-0', account: account(1, 'x'), total: 3 })).toBe(true);
  });

  it('a selection the copy cannot show is stale', () => {
    expect(isStaleCopy(two, { selectedId: 'hd-7', account: account(1, 'x'), total: 2 })).toBe(true);
  });
});

describe('pages', () => {
  it('mergeWindow adds a later page and keeps the first', () => {
    const next = mergeWindow(copyOf(answer(1000, 0, 50)), answer(1000, 950, 50));
    expect(next.rows.size).toBe(100);
    expect(next.rows.get(999)?.id).toBe('hd-999');
    expect(next.rows.get(49)?.id).toBe('hd-49');
    expect(next.rows.has(500)).toBe(false);
  });

  it('mergeWindow drops rows past a smaller total', () => {
    expect(mergeWindow(two, answer(1, 0, 50)).rows.size).toBe(1);
  });

  it('missingPages names only the unfetched, unasked pages in view, clipped to the total', () => {
    const copy = copyOf(answer(1000, 0, 50));
    expect(missingPages(copy, 0, 10, new Set())).toEqual([]);
    expect(missingPages(copy, 45, 55, new Set())).toEqual([50]);
    expect(missingPages(copy, 45, 105, new Set([50]))).toEqual([100]);
    expect(missingPages(copy, 990, 1200, new Set())).toEqual([950]);
    expect(missingPages(copyOf(answer(0, 0, 50)), 0, 10, new Set())).toEqual([]);
  });
});

describe('a ring from before account windows', () => {
  it('a whole-list answer without from, total or selected still gives the list and the selection', () => {
    const old = {
      selectedId: 'hd-1',
      accounts: [
        { id: 'hd-0', name: 'Account 1', address: `0x${'0'.repeat(40)}`, kind: 'hd' as const },
        { id: 'hd-1', name: 'Account 2', address: `0x${'1'.repeat(40)}`, kind: 'hd' as const },
      ],
    } as unknown as Parameters<typeof copyOf>[0];
    const copy = copyOf(old);
    expect(copy.total).toBe(2);
    expect(copy.selected?.id).toBe('hd-1');
    expect([...copy.rows.keys()]).toEqual([0, 1]);
  });
});
