/**
 * Pictures made from public text, on this device (no remote image, no request): a blockies-like
 * identicon for an address and a hue for an asset's round icon. Both hash the text with
 * Keccak-256 (@noble/hashes), so the same address always gets the same picture, whatever its
 * letter case (EIP-55 checksums change only the case), and neighbours look nothing alike.
 *
 *   identicon('0xf39F…2266')   // { size: 5, cells: [0, 1, 2, …], colors: { background, color, spot } }
 *   hueOf('TKN Local chain')   // 0 … 359
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** Cells per side: a 5 × 5 grid, mirrored left to right like the blockies Ethereum wallets show. */
export const IDENTICON_SIZE = 5;

/** 0 = background, 1 = colour, 2 = spot colour (the rarer third one, as in blockies). */
export type Cell = 0 | 1 | 2;

export interface Identicon {
  size: number;
  /** Row by row, `size * size` cells. */
  cells: Cell[];
  colors: { background: string; color: string; spot: string };
}

const digest = (text: string) => keccak_256(utf8ToBytes(text.trim().toLowerCase()));

/** A hue (0 … 359) from the text's hash: the colour of an asset's icon. */
export function hueOf(text: string): number {
  const bytes = digest(text);
  return ((bytes[0]! << 8) | bytes[1]!) % 360;
}

export function identicon(address: string): Identicon {
  const bytes = digest(address);
  const hue = (at: number) => ((bytes[at]! << 8) | bytes[at + 1]!) % 360;
  const half = Math.ceil(IDENTICON_SIZE / 2);
  const cells: Cell[] = [];
  for (let row = 0; row < IDENTICON_SIZE; row++) {
    const left: Cell[] = [];
    for (let column = 0; column < half; column++) {
      // Bytes 6… pick the cells; blockies' odds: ~43 % background, ~43 % colour, ~13 % spot.
      const value = bytes[6 + row * half + column]! % 100;
      left.push(value < 43 ? 0 : value < 87 ? 1 : 2);
    }
    cells.push(...left, ...left.slice(0, IDENTICON_SIZE - half).reverse());
  }
  return {
    size: IDENTICON_SIZE,
    cells,
    colors: {
      background: `hsl(${hue(0)} 45% 86%)`,
      color: `hsl(${hue(2)} 62% 38%)`,
      spot: `hsl(${hue(4)} 78% 58%)`,
    },
  };
}
