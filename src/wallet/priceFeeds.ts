/**
 * Settings → Price feeds: per symbol the Chainlink feed and the network whose RPC reads it, kept
 * in the wallet's private state (sealed in the vault). The list shows the default symbols, any
 * the user set, and the symbols of watched tokens, so a token's feed can be entered too.
 */
import type { Network } from '../chains/evm/networks';
import {
  DEFAULT_PRICE_FEEDS,
  effectiveFeeds,
  type PriceFeedSetting,
  type PriceFeedSettings,
  parseFeedSetting,
  parseFeedSymbol,
} from '../chains/evm/priceFeedSettings';
import { mapLabeled } from '../ring';
import type { PriceFeedsView } from '../rpc/procedures/priceFeeds';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import type { PrivateState } from './privateState';

function view(state: PrivateState): PriceFeedsView {
  const feeds = effectiveFeeds(state.priceFeeds);
  const symbols = [
    ...new Set([
      ...Object.keys(DEFAULT_PRICE_FEEDS),
      ...Object.keys(feeds),
      ...state.assets.map((a) => a.symbol),
    ]),
  ];
  return {
    feeds: symbols.map((symbol) => ({
      symbol,
      address: feeds[symbol]?.address ?? '',
      networkId: feeds[symbol]?.networkId ?? 'mainnet',
      isDefault: state.priceFeeds?.[symbol] === undefined && DEFAULT_PRICE_FEEDS[symbol] !== undefined,
    })),
  };
}

export function getPriceFeeds(ctx: WalletContext) {
  return mapLabeled(requireUnlocked(ctx.session).state, view);
}

/** Replaces the given symbols' settings; each feed's network must be one the wallet knows. */
export async function setPriceFeeds(
  ctx: WalletContext,
  networks: Network[],
  input: { feeds: ({ symbol: string } & PriceFeedSetting)[] },
) {
  const session = requireUnlocked(ctx.session);
  const changed: PriceFeedSettings = {};
  input.feeds.forEach((feed, i) => {
    const symbol = parseFeedSymbol(feed.symbol, `feeds[${i}].symbol`);
    if (!networks.some((n) => n.id === feed.networkId))
      throw new TypeError(`feeds[${i}].networkId: no network "${feed.networkId.slice(0, 40)}"`);
    changed[symbol] = parseFeedSetting(feed, `feeds[${i}]`);
  });
  session.state = mapLabeled(session.state, (s) => ({ ...s, priceFeeds: { ...s.priceFeeds, ...changed } }));
  await saveState(ctx, session, 'set the price feeds');
  ctx.ring.audit.append({ kind: 'price-feeds-set', detail: Object.keys(changed).join(', ') });
  return getPriceFeeds(ctx);
}
