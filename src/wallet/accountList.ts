/**
 * The account list (private level): HD accounts at m/44'/60'/0'/0/i and imported keys, with names
 * and a selection. Pure functions; addresses are computed by the caller inside the ring.
 *
 *   let list = emptyAccountList();
 *   list = addHdAccount(list, 0, address);
 *   selectedAccount(list).address;
 */
import type { Address } from '../chains/evm/address';
import { ProcedureError } from '../errors';
import { evmPath } from '../keys';

export interface Account {
  id: string;
  name: string;
  address: Address;
  kind: 'hd' | 'imported';
  index?: number;
}

export interface AccountList {
  accounts: Account[];
  selectedId: string;
  /** The next HD index to derive (indices are never reused, even after hiding). */
  nextIndex: number;
}

export function emptyAccountList(): AccountList {
  return { accounts: [], selectedId: '', nextIndex: 0 };
}

function refuseDuplicate(list: AccountList, address: Address): void {
  if (list.accounts.some((a) => a.address.toLowerCase() === address.toLowerCase())) {
    throw new ProcedureError('DUPLICATE_ACCOUNT', `This account (${address}) is already in the wallet`);
  }
}

export function addHdAccount(list: AccountList, index: number, address: Address, name?: string): AccountList {
  refuseDuplicate(list, address);
  const account: Account = {
    id: `hd-${index}`,
    name: name ?? `Account ${index + 1}`,
    address,
    kind: 'hd',
    index,
  };
  return {
    accounts: [...list.accounts, account],
    selectedId: account.id,
    nextIndex: Math.max(list.nextIndex, index + 1),
  };
}

export function importedAccountId(address: Address): string {
  return `imported-${address.slice(2, 12).toLowerCase()}`;
}

export function addImportedAccount(list: AccountList, address: Address, name?: string): AccountList {
  refuseDuplicate(list, address);
  const count = list.accounts.filter((a) => a.kind === 'imported').length;
  const account: Account = {
    id: importedAccountId(address),
    name: name ?? `Imported ${count + 1}`,
    address,
    kind: 'imported',
  };
  return { ...list, accounts: [...list.accounts, account], selectedId: account.id };
}

export function findAccount(list: AccountList, id: string): Account {
  const found = list.accounts.find((a) => a.id === id);
  if (!found) throw new ProcedureError('INVALID_INPUT', `id: no account "${id.slice(0, 64)}"`);
  return found;
}

export function renameAccount(list: AccountList, id: string, name: string): AccountList {
  findAccount(list, id);
  return { ...list, accounts: list.accounts.map((a) => (a.id === id ? { ...a, name } : a)) };
}

export function selectAccount(list: AccountList, id: string): AccountList {
  findAccount(list, id);
  return { ...list, selectedId: id };
}

export function selectedAccount(list: AccountList): Account | undefined {
  return list.accounts.find((a) => a.id === list.selectedId) ?? list.accounts[0];
}

/** One account as the popup sees it. */
export function accountView(a: Account) {
  return {
    id: a.id,
    name: a.name,
    address: a.address,
    kind: a.kind,
    ...(a.index === undefined ? {} : { path: evmPath(a.index) }),
  };
}

/** Positions `from` … `from + limit - 1` of the list; without a limit, all from `from` on. */
export interface AccountsWindow {
  from?: number;
  limit?: number;
}

/** The popup's view: the selected account, the total, and the window's accounts (none past the end). */

export function accountsView(list: AccountList, { from = 0, limit }: AccountsWindow = {}) {
  const selected = selectedAccount(list);
  const end = limit === undefined ? undefined : from + limit;
  return {
    selectedId: selected?.id ?? '',
    ...(selected ? { selected: accountView(selected) } : {}),
    from,
    accounts: list.accounts.slice(from, end).map(accountView),
    total: list.accounts.length,
  };
}
