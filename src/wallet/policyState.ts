/**
 * The rules' part of the vault's private state (issue 10, docs/rules.md): the rule version history
 * (the active set is the last version), the address book, the spend history behind rolling
 * totals and the user's site lists (blocked, protected, allowed: src/policy/userSites.ts). Stored as plain JSON (amounts as decimal strings); decoded leniently like the rest of the
 * private state, so a damaged part falls back to a safe value (the defaults, an empty list) rather
 * than bricking the wallet.
 *
 *   const policy = newPolicyState(Date.now());   // version 1: "defaults"
 *   decodePolicyState(JSON.parse(text).policy);  // PolicyState, or undefined
 */
import {
  appendVersion,
  type Contact,
  createAddressBook,
  defaultRuleSet,
  deserialiseHistory,
  loadHistory,
  NO_USER_SITES,
  type RuleVersion,
  type SerialisedSpend,
  serialiseHistory,
  type UserSites,
  userSitesOf,
} from '../policy';

export interface PolicyState {
  /** Version 1 … n; the last one is in force. */
  versions: RuleVersion[];
  contacts: Contact[];
  /** Sends this wallet made, pruned to the longest rule window. */
  spends: SerialisedSpend[];
  /** The user's additions to the phishing list; states saved before them read as empty lists. */
  sites: UserSites;
}

/** A new wallet's rules: the defaults as version 1, why "defaults". */
export function newPolicyState(now: number): PolicyState {
  return {
    versions: appendVersion([], defaultRuleSet(), { at: now, why: 'defaults' }),
    contacts: [],
    spends: [],
    sites: NO_USER_SITES,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The stored policy state, checked (the version chain, every contact, every spend), or undefined. */
export function decodePolicyState(x: unknown): PolicyState | undefined {
  if (!isRecord(x)) return undefined;
  const versions = attempt(() => loadHistory(x.versions), undefined);
  return {
    // A history that does not verify is not trusted: the defaults apply again, from version 1.
    versions: versions ?? newPolicyState(0).versions,
    contacts: attempt(() => [...createAddressBook(Array.isArray(x.contacts) ? x.contacts : []).contacts], []),
    spends: attempt(() => serialiseHistory(deserialiseHistory(x.spends ?? [])), []),
    // Absent in states saved before the site lists; a bad entry is dropped, the rest kept.
    sites: userSitesOf(x.sites),
  };
}
