/**
 * The wallet's private state (accounts, settings, connected sites, activity, watched tokens):
 * stored encrypted under the vault key as the state blob "wallet", readable only while unlocked.
 */

import { decodePriceFeeds, type PriceFeedSettings } from '../chains/evm/priceFeedSettings';
import { type BackendSettings, decodeBackendSettings } from '../chains/utxo/backendSettings';
import { type AccountList, emptyAccountList } from './accountList';
import { storedSegmentCount } from './accountSegments';
import { decodeInbox, decodeSplit, type GuardianSplit, type InboxEntry } from './guardianState';
import { decodePolicyState, newPolicyState, type PolicyState } from './policyState';

export interface Settings {
  /** Minutes of inactivity before the ring locks itself; 0 = never. */
  autoLockMinutes: number;
}

/** One origin's EIP-2255 grant: which accounts it may see. */
export interface SiteGrant {
  accounts: string[];
  grantedAt: number;
}

/** A transaction this wallet sent (EIP-1559 or legacy), for the Activity screen. */
export interface ActivityRecord {
  hash: string;
  /** EVM chain id; absent on Bitcoin and Litecoin (see utxoNetwork). */
  chainId?: number;
  /** A Bitcoin or Litecoin network id (src/chains/utxo/networks.ts). */
  utxoNetwork?: string;
  /** What was sent: the coin's or token's symbol (activity per currency). Older records: none. */
  currency?: string;
  /** The network's name as the user knows it. */
  network?: string;
  from: string;
  to?: string;
  summary: string;
  origin: string;
  status: 'pending' | 'mined' | 'failed';
  submittedAt: number;
  /** EIP-5792 batch this transaction belongs to. */
  batchId?: string;
}

/** An ERC-20 the user added (EIP-747 wallet_watchAsset, or by hand). */
export interface WatchedAsset {
  chainId: number;
  address: string;
  symbol: string;
  decimals: number;
}

export interface PrivateState {
  v: 1;
  accounts: AccountList;
  settings: Settings;
  sites: Record<string, SiteGrant>;
  activity: ActivityRecord[];
  assets: WatchedAsset[];
  /** The owner's current guardian split (facts and health keys, never a share). */
  guardians?: GuardianSplit;
  /** Envelopes this wallet keeps as a guardian, still sealed to its guardian key. */
  inbox: InboxEntry[];
  /** Bitcoin/Litecoin backends the user set (defaults otherwise); node RPC passwords live only here. */
  utxoBackends?: BackendSettings;
  /** Price feeds the user set per symbol (Chainlink's mainnet feeds otherwise). */
  priceFeeds?: PriceFeedSettings;
  /**
   * The rules (issue 10, docs/rules.md): the version history (active = last), the address book and
   * the spend history for rolling totals. Absent on a wallet made before the rules: the defaults apply.
   */
  policy?: PolicyState;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ autoLockMinutes: 15 });
/** Activity is a list for people, not an archive: the oldest entries go past this many. */
export const MAX_ACTIVITY = 500;

export function newPrivateState(now: number = Date.now()): PrivateState {
  return {
    v: 1,
    accounts: emptyAccountList(),
    settings: { ...DEFAULT_SETTINGS },
    sites: {},
    activity: [],
    assets: [],
    inbox: [],
    policy: newPolicyState(now),
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function decodeSites(x: unknown): Record<string, SiteGrant> {
  const out: Record<string, SiteGrant> = {};
  if (!isRecord(x)) return out;
  for (const [origin, grant] of Object.entries(x)) {
    if (isRecord(grant) && Array.isArray(grant.accounts))
      out[origin] = {
        accounts: grant.accounts.filter((a): a is string => typeof a === 'string'),
        grantedAt: typeof grant.grantedAt === 'number' ? grant.grantedAt : 0,
      };
  }
  return out;
}

/**
 * The `wallet` record: the state, and how many `accounts.K` segments hold its accounts (0: an older
 * record, accounts inline). Missing or unknown fields fall back to defaults: a newer or damaged blob
 * must not brick the wallet.
 */
export function decodePrivateState(bytes: Uint8Array): { state: PrivateState; segments: number } {
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as Partial<PrivateState>;
  return { state: decodeState(parsed), segments: storedSegmentCount(parsed) };
}

function decodeState(parsed: Partial<PrivateState>): PrivateState {
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
    sites: decodeSites(parsed.sites),
    activity: Array.isArray(parsed.activity) ? parsed.activity.filter(isRecord).slice(0, MAX_ACTIVITY) : [],
    assets: Array.isArray(parsed.assets) ? parsed.assets.filter(isRecord) : [],
    ...(decodeSplit(parsed.guardians) ? { guardians: decodeSplit(parsed.guardians)! } : {}),
    inbox: decodeInbox(parsed.inbox),
    utxoBackends: decodeBackendSettings(parsed.utxoBackends),
    ...(decodePriceFeeds(parsed.priceFeeds) ? { priceFeeds: decodePriceFeeds(parsed.priceFeeds)! } : {}),
    ...(decodePolicyState(parsed.policy) ? { policy: decodePolicyState(parsed.policy)! } : {}),
  };
}
