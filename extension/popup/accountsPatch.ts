/**
 * The popup's copy of the account list, patched with what a change answered (AccountChange):
 * the ring sends the touched account, not the list, so Home stays O(1) per change.
 */
import type { AccountChange, AccountsView } from '../../src/rpc/procedures/schemas';

export function applyAccountChange(view: AccountsView, change: AccountChange): AccountsView {
  const at = view.accounts.findIndex((a) => a.id === change.account.id);
  const accounts =
    at === -1
      ? [...view.accounts, change.account]
      : view.accounts.map((a, i) => (i === at ? change.account : a));
  const { saveProblem } = change;
  return { selectedId: change.selectedId, accounts, ...(saveProblem ? { saveProblem } : {}) };
}

/** True when the popup's copy has drifted from the ring's (another window changed it): re-read. */
export const isStaleCopy = (view: AccountsView, change: AccountChange) =>
  applyAccountChange(view, change).accounts.length !== change.total;
