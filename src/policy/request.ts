/**
 * What the rules are asked about, and what they may consult. Both are plain data the wallet
 * assembles from the request card and its private state, so evaluation stays a pure function
 * that "Ask the rules" can call with a made-up request.
 *
 *   const request: PolicyRequest = { origin: 'https://app.example', kind: 'send', chainId: 1,
 *     account: '0x…', recipient: '0x…', asset: 'ETH', amount: 6n * 10n ** 17n };
 *   evaluate(ruleSet, request, { now: Date.now(), history, addressBook });
 */
import type { AddressBook } from './addressBook';
import type { PhishingConfig } from './phishing';
import type { SpendEntry } from './rolling';
import type { RequestKind } from './schema';

export interface PolicyRequest {
  /** The exact serialised origin that asks ("null" for opaque origins; "ringfence" for the popup). */
  origin: string;
  kind: RequestKind;
  /** EVM chain id; absent on Bitcoin and Litecoin. */
  chainId?: number;
  /** The account that would sign or send. */
  account?: string;
  /** Who receives the funds (the `to` of a send, a token transfer's recipient, a UTXO payee). */
  recipient?: string;
  /** "ETH", "BTC", "LTC", or a token contract address. */
  asset?: string;
  /** Base units of `asset` that leave the account. */
  amount?: bigint;
  /** An approval's spender or operator. */
  spender?: string;
  /** The contract called (for a token transfer: the token). */
  contract?: string;
  /**
   * What a batch (EIP-5792 wallet_sendCalls) moves, one entry per asset and recipient with the
   * batch's whole amount of that asset: each is also evaluated as a `send` of this origin, chain and
   * account, and the strictest verdict stands — so a per-asset limit sees every token a batch sends.
   */
  sends?: readonly PolicySend[];
  /** Risk codes from the card (src/markup/risks.ts, docs/cards.md), e.g. "unlimited-approval". */
  risks?: readonly string[];
}

/** One asset a request moves to one recipient (see {@link PolicyRequest.sends}). */
export interface PolicySend {
  /** "ETH" or a token contract address. */
  asset: string;
  /** Base units of `asset`. */
  amount: bigint;
  recipient?: string;
  /** The token contract called, for a token transfer. */
  contract?: string;
}

export interface PolicyContext {
  /** The current time, ms since the epoch. */
  now: number;
  /** The user's local offset from UTC in minutes (+120 for UTC+2); rules without utcOffset use it. Default 0. */
  utcOffsetMinutes?: number;
  addressBook?: AddressBook;
  /** Past sends, for rolling-window totals (rolling.ts). */
  history?: readonly SpendEntry[];
  /** Decimals per asset, keyed by assetKey ("eip155:1/0xa0b8…") or bare asset ("USDC"); ETH, BTC, LTC are built in. */
  decimals?: Readonly<Record<string, number>>;
  /** The phishing list (bundled + the user's); without one, no origin is flagged as phishing or look-alike. */
  phishing?: PhishingConfig;
  /** Exact origins the user blocked (userSites.ts): each gets `phishing-origin`, whitelisted or not. */
  blockedOrigins?: readonly string[];
  /** Origins the user has connected (look-alikes of them are flagged). */
  connectedOrigins?: readonly string[];
  /** Addresses the account has sent to before (address-poisoning look-alikes of them are flagged). */
  pastRecipients?: readonly string[];
}

/** Native coins whose decimals every chain agrees on. */
export const NATIVE_DECIMALS: Readonly<Record<string, number>> = Object.freeze({ ETH: 18, BTC: 8, LTC: 8 });
