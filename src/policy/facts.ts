/**
 * What evaluation derives from a request once, before any rule runs: the kinds it counts as, the
 * comparison keys of its addresses, the host origin patterns see, its risks and decimals, its
 * recipient's contact — so that each of a thousand rules only compares.
 */
import { addressKey } from './address';
import type { Contact } from './addressBook';
import { type DetectedRisks, detectRisks } from './detect';
import { patternHostOf } from './origin';
import { NATIVE_DECIMALS, type PolicyContext, type PolicyRequest } from './request';
import { assetKey } from './rolling';
import type { RequestKind } from './schema';

/** The kinds a request of one kind also counts as: a `send` is a `transaction`, a `permit` an `approve`. */
export const KIND_FAMILY: Readonly<Partial<Record<RequestKind, readonly RequestKind[]>>> = Object.freeze({
  send: ['send', 'transaction'],
  approve: ['approve', 'transaction'],
  batch: ['batch', 'transaction'],
  permit: ['permit', 'approve', 'typed-data'],
  order: ['order', 'typed-data'],
  'sign-in': ['sign-in', 'message'],
});

/**
 * A request with what evaluation derives from it once: its kinds, the comparison keys of its
 * addresses, the host origin patterns see, its risks and decimals, and memoised window totals.
 */
export interface Facts {
  request: PolicyRequest;
  ctx: PolicyContext;
  risks: DetectedRisks;
  decimals: number | undefined;
  /** Window totals (with this request) by window length, and amounts as text, memoised. */
  totals: Map<string, bigint>;
  texts: Map<bigint, string>;
  /** {@link assetKey} of the request's asset on its chain. */
  assetKey: string | undefined;
  kinds: readonly RequestKind[];
  /** The host "*.domain" patterns compare with (origin.ts), undefined when none can match. */
  patternHost: string | undefined;
  keys: Partial<Record<'account' | 'recipient' | 'spender' | 'contract', string>>;
  asset: string | undefined;
  contact: Contact | undefined;
}

export function decimalsOf(request: PolicyRequest, ctx: PolicyContext): number | undefined {
  const asset = request.asset;
  if (asset === undefined) return undefined;
  const table = ctx.decimals ?? {};
  const found = [
    table[assetKey(asset, request.chainId)],
    table[asset],
    NATIVE_DECIMALS[asset.toUpperCase()],
  ].find((d) => d !== undefined);
  return Number.isInteger(found) && found! >= 0 && found! <= 255 ? found : undefined;
}

const keyOf = (a: string | undefined) => (a === undefined ? undefined : addressKey(a));

export function factsOf(request: PolicyRequest, ctx: PolicyContext): Facts {
  const { recipient } = request;
  return {
    request,
    ctx,
    risks: detectRisks(request, ctx),
    decimals: decimalsOf(request, ctx),
    totals: new Map(),
    texts: new Map(),
    assetKey: request.asset === undefined ? undefined : assetKey(request.asset, request.chainId),
    kinds: KIND_FAMILY[request.kind] ?? [request.kind],
    patternHost: patternHostOf(request.origin),
    keys: {
      account: keyOf(request.account),
      recipient: keyOf(recipient),
      spender: keyOf(request.spender),
      contract: keyOf(request.contract),
    },
    asset: request.asset?.toLowerCase(),
    contact: recipient === undefined ? undefined : ctx.addressBook?.lookup(recipient),
  };
}
