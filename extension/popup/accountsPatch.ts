/**
 * The popup's copy of the account list: the selected account, the total, and only the rows it has
 * fetched (page by page, as the list scrolls: getAccounts({ from, limit })). A change answers with
 * the touched account (AccountChange), not the list, so Home stays O(1) per change with 1,000
 * accounts; when the copy cannot explain the change (another window changed the list), re-read.
 */
import type { AccountChange, AccountsView, AccountView } from '../../src/rpc/procedures/schemas';

/** Rows per getAccounts call: a few screenfuls, so a scroll rarely waits for the ring. */
export const ACCOUNTS_PAGE = 50;

export interface AccountsCopy {
  selectedId: string;
  selected?: AccountView;
  total: number;
  /** Fetched rows by position in the wallet's order (oldest first). */
  rows: ReadonlyMap<number, AccountView>;
  saveProblem?: string;
}

const problemOf = (saveProblem?: string) => (saveProblem ? { saveProblem } : {});

/** A fresh copy from one getAccounts answer. */
export function copyOf(view: AccountsView): AccountsCopy {
  return mergeWindow({ selectedId: '', total: 0, rows: new Map() }, view);
}

/** Adds a window's rows; the answer's total and selection are the newest, so they win. */
export function mergeWindow(copy: AccountsCopy, view: AccountsView): AccountsCopy {
  // A ring from before windows (a worker not yet restarted after an update) sends the whole list
  // without from, total or selected: read them off the list instead of showing nothing.
  const from = view.from ?? 0;
  const total = view.total ?? from + view.accounts.length;
  const selected = view.selected ?? view.accounts.find((a) => a.id === view.selectedId);
  const rows = new Map(copy.rows);
  for (const [i, account] of view.accounts.entries()) rows.set(from + i, account);
  for (const at of rows.keys()) if (at >= total) rows.delete(at);
  return {
    selectedId: view.selectedId,
    ...(selected ? { selected } : {}),
    total,
    rows,
    ...problemOf(view.saveProblem),
  };
}

function positionOf(copy: AccountsCopy, id: string): number | undefined {
  for (const [at, account] of copy.rows) if (account.id === id) return at;
  return undefined;
}

/**
 * Patches the copy with a change: a known account is replaced in place; an unknown one that grew
 * the total by one was appended (add and import append); the selection follows the change.
 */
export function applyAccountChange(copy: AccountsCopy, change: AccountChange): AccountsCopy {
  const { account } = change;
  const known = positionOf(copy, account.id);
  const appended = known === undefined && change.total === copy.total + 1;
  const rows = new Map(copy.rows);
  if (known !== undefined) rows.set(known, account);
  else if (appended) rows.set(copy.total, account);
  const selected =
    account.id === change.selectedId
      ? account
      : copy.selected?.id === change.selectedId
        ? copy.selected
        : undefined;
  return {
    selectedId: change.selectedId,
    ...(selected ? { selected } : {}),
    total: change.total,
    rows,
    ...problemOf(change.saveProblem),
  };
}

/**
 * True when the copy has drifted from the ring's (another window added accounts or changed the
 * selection meanwhile): the change does not account for the new total, or the selection is unknown.
 */
export function isStaleCopy(copy: AccountsCopy, change: AccountChange): boolean {
  const grew = positionOf(copy, change.account.id) === undefined ? 1 : 0;
  const total = change.total === copy.total + grew || (grew === 1 && change.total === copy.total);
  return !total || applyAccountChange(copy, change).selected === undefined;
}

/**
 * The starts of the pages covering positions `first` … `last` that are neither fetched nor in
 * `pending` (pages already asked for).
 */
export function missingPages(
  copy: AccountsCopy,
  first: number,
  last: number,
  pending: ReadonlySet<number>,
  page = ACCOUNTS_PAGE,
): number[] {
  const starts: number[] = [];
  const end = Math.min(last, copy.total - 1);
  for (let start = Math.floor(Math.max(0, first) / page) * page; start <= end; start += page) {
    if (pending.has(start)) continue;
    for (let at = Math.max(start, first); at <= Math.min(end, start + page - 1); at++) {
      if (!copy.rows.has(at)) {
        starts.push(start);
        break;
      }
    }
  }
  return starts;
}
