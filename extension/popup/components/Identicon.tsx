/**
 * An account's picture, drawn here from its address (components/identicon.ts): a small SVG, no
 * remote image. Decorative (aria-hidden): the name and address beside it say who it is.
 *
 *   <Identicon address={account.address} size={32} />
 */
import { useMemo } from 'react';
import { identicon } from './identicon';

/** The cells of one colour as a single path of unit squares: two paths per picture, not 25 rects. */
function cellsPath(cells: readonly number[], size: number, value: number): string {
  let path = '';
  cells.forEach((cell, at) => {
    if (cell === value) path += `M${at % size} ${Math.floor(at / size)}h1v1h-1z`;
  });
  return path;
}

export function Identicon({ address, size = 32 }: { address: string; size?: number }) {
  const picture = useMemo(() => identicon(address), [address]);
  const { colors } = picture;
  return (
    <svg
      className="identicon"
      width={size}
      height={size}
      viewBox={`0 0 ${picture.size} ${picture.size}`}
      shapeRendering="crispEdges"
      aria-hidden="true"
      focusable="false"
    >
      <rect width={picture.size} height={picture.size} fill={colors.background} />
      <path d={cellsPath(picture.cells, picture.size, 1)} fill={colors.color} />
      <path d={cellsPath(picture.cells, picture.size, 2)} fill={colors.spot} />
    </svg>
  );
}
