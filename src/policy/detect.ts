/**
 * Risks the policy finds itself, from its context, before the rules run — so that defaults stay
 * plain rules on risk codes (`{ "risk": "phishing-origin" }`) a person can read, override or delete:
 * - `phishing-origin`: the origin's host is on the phishing blacklist, or the user blocked the exact origin;
 * - `lookalike-origin`: it imitates a fuzzylist site or a connected site (lookalike.ts);
 * - `address-poisoning`: an EVM recipient not in the address book and never paid before has the
 *   same first 4 and last 4 hex digits as one that was — the vanity-address trick. A recipient the
 *   user saved in the address book is vouched for: the card's own `address-poisoning` is dropped.
 *
 *   detectRisks(request, context); // { codes: ['lookalike-origin'], notes: { 'lookalike-origin': 'looks like uniswap.org' } }
 */
import { addressKey, isEvmAddress } from './address';
import type { AddressBook } from './addressBook';
import { lookalikeOf } from './lookalike';
import { isBlacklisted, isWhitelisted } from './phishing';
import type { PolicyContext, PolicyRequest } from './request';

export interface DetectedRisks {
  /** The request's risk codes plus the detected ones, sorted, without duplicates. */
  codes: string[];
  /** Why each detected code was added, for the reason line. */
  notes: Record<string, string>;
}

/** First and last 4 hex digits: what a hurried eye checks, and what poisoners copy. */
export function addressEnds(address: string): string {
  const hex = address.slice(2).toLowerCase();
  return `${hex.slice(0, 4)}${hex.slice(-4)}`;
}

interface KnownIndex {
  keys: Set<string>;
  ends: Map<string, string>;
}

// Indexed once per list (the lists are the wallet's frozen state), not once per request.
const indexes = new WeakMap<object, KnownIndex>();
function indexOf(key: object, addresses: () => readonly string[]): KnownIndex {
  let index = indexes.get(key);
  if (!index) {
    index = { keys: new Set(), ends: new Map() };
    for (const a of addresses()) {
      index.keys.add(addressKey(a));
      if (isEvmAddress(a) && !index.ends.has(addressEnds(a))) index.ends.set(addressEnds(a), a);
    }
    indexes.set(key, index);
  }
  return index;
}

function poisoningTwin(recipient: string, ctx: PolicyContext): string | undefined {
  const book = ctx.addressBook;
  if (!isEvmAddress(recipient) || book?.lookup(recipient)) return undefined;
  const past = ctx.pastRecipients ?? [];
  const paid = indexOf(past, () => past);
  const key = addressKey(recipient);
  if (paid.keys.has(key)) return undefined;
  const ends = addressEnds(recipient);
  const twin = paid.ends.get(ends) ?? (book && contactIndex(book).ends.get(ends));
  return twin !== undefined && addressKey(twin) !== key ? twin : undefined;
}

function contactIndex(book: AddressBook): KnownIndex {
  return indexOf(book.contacts, () => book.contacts.map((c) => c.address));
}

/** The request's risks with the policy's own findings added (and a vouched-for poisoning removed). */
export function detectRisks(request: PolicyRequest, ctx: PolicyContext): DetectedRisks {
  const codes = new Set(request.risks ?? []);
  const notes: Record<string, string> = {};
  if (ctx.blockedOrigins?.includes(request.origin)) {
    codes.add('phishing-origin');
    notes['phishing-origin'] = `you blocked ${request.origin}`;
  }
  if (ctx.phishing) {
    const listed = isBlacklisted(request.origin, ctx.phishing);
    if (listed && !notes['phishing-origin']) {
      codes.add('phishing-origin');
      notes['phishing-origin'] = `${listed} is on the phishing list`;
    }
    const phishing = ctx.phishing;
    const like = lookalikeOf(request.origin, {
      fuzzylist: phishing.fuzzylist,
      tolerance: phishing.tolerance,
      connected: ctx.connectedOrigins ?? [],
      isWhitelisted: (o) => isWhitelisted(o, phishing),
    });
    if (like) {
      codes.add('lookalike-origin');
      notes['lookalike-origin'] = like.like
        ? `the site's name looks like ${like.like} (${like.signal})`
        : "the site's name uses non-ASCII letters (punycode), which can imitate another name";
    }
  }
  if (request.recipient !== undefined) {
    if (ctx.addressBook?.lookup(request.recipient)) codes.delete('address-poisoning');
    const twin = poisoningTwin(request.recipient, ctx);
    if (twin) {
      codes.add('address-poisoning');
      notes['address-poisoning'] =
        `the recipient is new but shares its first and last 4 digits with ${twin}, an address you know`;
    }
  }
  return { codes: [...codes].sort(), notes };
}
