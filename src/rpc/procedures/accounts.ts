/**
 * EVM accounts: list, derive the next one, import a raw key, rename, select. Changes answer with
 * the account they touched (AccountChange), not the whole list.
 */
import * as v from 'valibot';
import { procedure } from './procedure';
import { AccountChange, AccountId, AccountName, AccountsView, AccountsWindow } from './schemas';

/**
 * Lists a window of the accounts (`{ from?, limit? }`, default: all of them), the selected one
 * and the total, so the popup asks only for the rows it shows.
 */
export const getAccounts = procedure({ name: 'getAccounts', input: AccountsWindow, output: AccountsView });

/** Derives the next index at m/44'/60'/0'/0/i and selects it. */
export const addAccount = procedure({
  name: 'addAccount',
  input: v.object({ name: v.optional(AccountName) }),
  output: AccountChange,
});

/** Imports a raw secp256k1 private key (64 hex characters, 0x optional) and selects it. */
export const importAccount = procedure({
  name: 'importAccount',
  input: v.object({ privateKey: v.pipe(v.string(), v.maxLength(200)), name: v.optional(AccountName) }),
  output: AccountChange,
});

export const renameAccount = procedure({
  name: 'renameAccount',
  input: v.object({ id: AccountId, name: AccountName }),
  output: AccountChange,
});

export const selectAccount = procedure({
  name: 'selectAccount',
  input: v.object({ id: AccountId }),
  output: AccountChange,
});
