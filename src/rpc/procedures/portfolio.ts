/** The portfolio: every currency's balance with its network (CONTRACT.md "portfolio"). */
import * as v from 'valibot';
import { procedure } from './procedure';

export const PortfolioView = v.object({
  items: v.array(
    v.object({
      symbol: v.string(),
      network: v.string(),
      /** Exact decimal, e.g. "50" or "0.1"; absent when the balance could not be read. */
      amount: v.optional(v.string()),
      /** Not yet spendable (mempool, immature coinbase), as a decimal. */
      pending: v.optional(v.string()),
      /** Why the balance is missing, in words. */
      unavailable: v.optional(v.string()),
      /** The value in US dollars from the symbol's price feed, e.g. "$1,234.56". */
      value: v.optional(v.string()),
      /** Why there is no value: no feed is set, or the feed is stale / unreadable (never guessed). */
      price: v.optional(v.picklist(['stale', 'none'])),
      priceNote: v.optional(v.string()),
    }),
  ),
  /** The sum of the valued items, and the items it leaves out ("TKN on Local chain 8545"); absent without prices. */
  total: v.optional(v.object({ value: v.string(), leftOut: v.array(v.string()) })),
  /** UTXO networks not read because no backend was chosen for them (privacy: nothing is asked). */
  notConfigured: v.array(v.string()),
});
export type PortfolioView = v.InferOutput<typeof PortfolioView>;

/** `prices: false` answers with the balances alone (fast); the popup then asks again with prices. */
export const getPortfolio = procedure({
  name: 'getPortfolio',
  input: v.object({ prices: v.optional(v.boolean(), true) }),
  output: PortfolioView,
});

/**
 * Adds an ERC-20 by its contract address on the selected network (the popup's **Add token**):
 * symbol and decimals come from the contract itself, never from the user, as for watchAsset.
 */
export const watchToken = procedure({
  name: 'watchToken',
  input: v.object({ address: v.pipe(v.string(), v.trim(), v.maxLength(100)) }),
  output: v.object({ symbol: v.string(), decimals: v.number(), network: v.string() }),
});
