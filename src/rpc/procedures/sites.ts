/** Connected sites (EIP-2255 grants per exact origin) and the wallet's activity list. */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const ConnectedSitesView = v.object({
  sites: v.array(
    v.object({
      origin: v.string(),
      /** The granted accounts, EIP-55. */
      accounts: v.array(v.string()),
      grantedAt: v.number(),
    }),
  ),
});
export type ConnectedSitesView = v.InferOutput<typeof ConnectedSitesView>;

export const getConnectedSites = procedure({
  name: 'getConnectedSites',
  input: Empty,
  output: ConnectedSitesView,
});

export const revokeSite = procedure({
  name: 'revokeSite',
  input: v.object({ origin: v.pipe(v.string(), v.maxLength(2048)) }),
  output: ConnectedSitesView,
});

export const ActivityItem = v.object({
  hash: v.string(),
  /** EVM chain id; absent on Bitcoin and Litecoin. */
  chainId: v.optional(v.number()),
  /** The symbol of what was sent (ETH, a token, BTC, LTC), for the per-currency view. */
  currency: v.optional(v.string()),
  network: v.optional(v.string()),
  from: v.string(),
  to: v.optional(v.string()),
  /** The card's first summary line, e.g. "Send 1 ETH to 0x7099…79C8". */
  summary: v.string(),
  origin: v.string(),
  status: v.picklist(['pending', 'mined', 'failed']),
  submittedAt: v.number(),
});
export type ActivityItem = v.InferOutput<typeof ActivityItem>;

export const ActivityView = v.object({ items: v.array(ActivityItem) });
export type ActivityView = v.InferOutput<typeof ActivityView>;

/** The wallet's transactions, newest first; pending ones are re-checked against receipts. */
export const getActivity = procedure({ name: 'getActivity', input: Empty, output: ActivityView });
