import { describe, expect, it } from 'vitest';
import { applyAccountChange, isStaleCopy } from './accountsPatch';

const account = (i: number, name = `Account ${i + 1}`) => ({
  id: `hd-${i}`,
  name,
  address: `0x${String(i).padStart(40, '0')}`,
  kind: 'hd' as const,
});
const view = { selectedId: 'hd-0', accounts: [account(0), account(1)] };

describe('applyAccountChange', () => {
  it('appends an added account and selects it', () => {
    const next = applyAccountChange(view, { selectedId: 'hd-2', account: account(2), total: 3 });
    expect(next.accounts.map((a) => a.id)).toEqual(['hd-0', 'hd-1', 'hd-2']);
    expect(next.selectedId).toBe('hd-2');
  });

  it('replaces a renamed account in place and keeps the order', () => {
    const change = { selectedId: 'hd-0', account: account(1, 'Savings'), total: 2 };
    const next = applyAccountChange(view, change);
    expect(next.accounts.map((a) => a.name)).toEqual(['Account 1', 'Savings']);
    expect(isStaleCopy(view, change)).toBe(false);
  });

  it('carries a save problem, and says when the copy lost track of the total', () => {
    const change = { selectedId: 'hd-3', account: account(3), total: 4, saveProblem: 'Could not save' };
    expect(applyAccountChange(view, change).saveProblem).toBe('Could not save');
    expect(isStaleCopy(view, change)).toBe(true);
  });
});
