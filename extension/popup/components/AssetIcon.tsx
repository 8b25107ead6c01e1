/**
 * An asset's round icon, made here: its symbol's first letter on a colour from the hash of the
 * symbol and network (components/identicon.ts `hueOf`), so TKN on two networks look different
 * and no token logo is fetched from anywhere. The colour's lightness is fixed (OKLCH 45 %), so
 * the white letter keeps AA contrast on every hue. Decorative: the row says the symbol in words.
 */
import { hueOf } from './identicon';

export function AssetIcon({
  symbol,
  network,
  size = 32,
}: {
  symbol: string;
  network: string;
  size?: number;
}) {
  const initial = Array.from(symbol.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span
      className="asset-icon"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.45),
        background: `oklch(45% 0.13 ${hueOf(`${symbol} ${network}`)})`,
      }}
    >
      {initial}
    </span>
  );
}
