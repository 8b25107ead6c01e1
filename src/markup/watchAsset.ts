/**
 * wallet_watchAsset (EIP-747, https://eips.ethereum.org/EIPS/eip-747) → a `watch-asset` card.
 * The symbol comes from the site; only the address identifies the token.
 *
 *   watchAssetCard(base, { address: usdc, symbol: 'USDC', decimals: 6 }).summary; // ['Add USDC to your token list']
 */
import { type Card, type CardBase, card, risk } from './card';
import { addressField, clip } from './describe';

export interface WatchAssetRequest {
  address: string;
  symbol: string;
  decimals: number;
}

/** "Add USDC to your token list". */
export function watchAssetCard(base: CardBase, asset: WatchAssetRequest): Card {
  const symbol = clip(asset.symbol, 50);
  return card('watch-asset', base, {
    title: 'Add a token',
    summary: [`Add ${symbol} to your token list`],
    fields: [
      addressField('Token', asset.address),
      { label: 'Symbol', value: symbol, format: 'text' },
      { label: 'Decimals', value: String(asset.decimals), format: 'number' },
    ],
    risks: [
      risk(
        'site-chosen-symbol',
        'info',
        'The site chose this symbol, and a token can call itself anything: only its address tells which token it is.',
      ),
    ],
  });
}
