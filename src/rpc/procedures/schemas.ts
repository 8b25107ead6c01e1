/** Shared valibot schemas for procedure inputs and outputs. */
import * as v from 'valibot';

/** A password as typed: the ring enforces the length; the popup only compares the two fields. */
export const Password = v.pipe(v.string(), v.minLength(1, 'password: required'), v.maxLength(1024));
export const NewPassword = v.pipe(
  v.string(),
  v.minLength(8, 'password: use at least 8 characters'),
  v.maxLength(1024, 'password: at most 1024 characters'),
);
export const AccountId = v.pipe(v.string(), v.maxLength(64));
export const AccountName = v.pipe(v.string(), v.trim(), v.minLength(1, 'name: required'), v.maxLength(40));

export const AccountView = v.object({
  id: v.string(),
  name: v.string(),
  /** EIP-55 checksummed. */
  address: v.string(),
  kind: v.picklist(['hd', 'imported']),
  /** BIP-44 path for HD accounts. */
  path: v.optional(v.string()),
});
export type AccountView = v.InferOutput<typeof AccountView>;

/** The most accounts one getAccounts answer carries when the caller gives a limit. */
export const MAX_ACCOUNTS_WINDOW = 500;

/**
 * Which accounts getAccounts lists: positions `from` … `from + limit - 1` of the wallet's order
 * (oldest first). Without `limit` every account from `from` on (today's callers: the whole list).
 */
export const AccountsWindow = v.object({
  from: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ACCOUNTS_WINDOW))),
});
export type AccountsWindow = v.InferOutput<typeof AccountsWindow>;

export const AccountsView = v.object({
  selectedId: v.string(),
  /** The selected account, whether or not it falls in the window (absent only with no accounts). */
  selected: v.optional(AccountView),
  /** The window asked for: `accounts[i]` is the account at position `from + i`. */
  from: v.pipe(v.number(), v.integer(), v.minValue(0)),
  accounts: v.array(AccountView),
  /** How many accounts the wallet has (the list's length, not the window's). */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** A saved-soon change (add, rename, select) failed to reach the disk: shown, retried on the next. */
  saveProblem: v.optional(v.pipe(v.string(), v.maxLength(400))),
});
export type AccountsView = v.InferOutput<typeof AccountsView>;

/**
 * What an account change (add, import, rename, select) answers: the account it touched, the
 * selection and the list's size — not the list, so a change costs the same with 1,000 accounts.
 */
export const AccountChange = v.object({
  selectedId: v.string(),
  account: AccountView,
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  saveProblem: v.optional(v.pipe(v.string(), v.maxLength(400))),
});
export type AccountChange = v.InferOutput<typeof AccountChange>;

export const Empty = v.object({});
