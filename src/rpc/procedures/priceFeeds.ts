/** Settings → Price feeds: per symbol a Chainlink feed address and the network whose RPC reads it. */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const PriceFeedsView = v.object({
  feeds: v.array(
    v.object({
      symbol: v.string(),
      /** The feed contract; '' means no feed (the symbol is shown with "no price"). */
      address: v.string(),
      networkId: v.string(),
      /** Chainlink's Ethereum mainnet feed the wallet ships with, not changed by the user. */
      isDefault: v.boolean(),
    }),
  ),
});
export type PriceFeedsView = v.InferOutput<typeof PriceFeedsView>;

export const getPriceFeeds = procedure({ name: 'getPriceFeeds', input: Empty, output: PriceFeedsView });

export const setPriceFeeds = procedure({
  name: 'setPriceFeeds',
  input: v.object({
    feeds: v.pipe(
      v.array(
        v.object({
          symbol: v.pipe(v.string(), v.maxLength(11)),
          address: v.pipe(v.string(), v.maxLength(64)),
          networkId: v.pipe(v.string(), v.maxLength(64)),
        }),
      ),
      v.maxLength(50),
    ),
  }),
  output: PriceFeedsView,
});
