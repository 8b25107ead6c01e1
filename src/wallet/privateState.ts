/**
 * The wallet's private state (accounts, settings): stored encrypted under the vault key as the
 * state blob "wallet", readable only while unlocked.
 */
import { type AccountList, emptyAccountList } from './accountList';

export interface Settings {
  /** Minutes of inactivity before the ring locks itself; 0 = never. */
  autoLockMinutes: number;
}

export interface PrivateState {
  v: 1;
  accounts: AccountList;
  settings: Settings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ autoLockMinutes: 15 });

export function newPrivateState(): PrivateState {
  return { v: 1, accounts: emptyAccountList(), settings: { ...DEFAULT_SETTINGS } };
}

export function encodePrivateState(state: PrivateState): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(state));
}

/** Missing or unknown fields fall back to defaults: a newer or damaged blob must not brick the wallet. */
export function decodePrivateState(bytes: Uint8Array): PrivateState {
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as Partial<PrivateState>;
  const accounts =
    parsed.accounts && Array.isArray(parsed.accounts.accounts) ? parsed.accounts : emptyAccountList();
  const minutes = parsed.settings?.autoLockMinutes;
  return {
    v: 1,
    accounts,
    settings: {
      autoLockMinutes:
        typeof minutes === 'number' && minutes >= 0 ? minutes : DEFAULT_SETTINGS.autoLockMinutes,
    },
  };
}
