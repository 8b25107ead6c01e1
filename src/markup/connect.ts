/**
 * eth_requestAccounts (EIP-1102, https://eips.ethereum.org/EIPS/eip-1102) → a `connect` card:
 * which site asks, what connecting gives it, and the accounts the user may pick.
 *
 *   connectCard(base, [{ address, name: 'Main', selected: true }]).title; // 'Connect to app.example'
 */
import { type Card, type CardBase, card } from './card';
import { checksummed } from './describe';

export interface ConnectAccount {
  address: string;
  name: string;
  selected: boolean;
}

/** "host[:port]" of a serialised origin; an opaque origin ("null") stays as it is. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/** The connect card for `base.origin`, offering `accounts`. */
export function connectCard(base: CardBase, accounts: readonly ConnectAccount[]): Card {
  return card('connect', base, {
    title: `Connect to ${hostOf(base.origin)}`,
    summary: [
      `${base.origin} wants to see your account address and ask you to sign`,
      'It cannot move funds or sign anything without asking you each time.',
    ],
    fields: [{ label: 'Site', value: base.origin, format: 'url' }],
    accounts: accounts.map((a) => ({ address: checksummed(a.address), name: a.name, selected: a.selected })),
  });
}
