/**
 * An account's picture, drawn here from its address (components/identicon.ts): a small SVG, no
 * remote image. Decorative (aria-hidden): the name and address beside it say who it is.
 *
 *   <Identicon address={account.address} size={32} />
 */
import { useMemo } from 'react';
import { identicon } from './identicon';

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
      {picture.cells.map((cell, at) =>
        cell === 0 ? null : (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed grid; a cell's position is its identity.
            key={at}
            x={at % picture.size}
            y={Math.floor(at / picture.size)}
            width={1}
            height={1}
            fill={cell === 1 ? colors.color : colors.spot}
          />
        ),
      )}
    </svg>
  );
}
