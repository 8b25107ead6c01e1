import { describe, expect, it } from 'vitest';
import { hueOf, IDENTICON_SIZE, identicon } from './identicon';

const A = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const B = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

describe('identicon', () => {
  it('is the same picture for the same address, whatever its letter case (EIP-55 only changes case)', () => {
    expect(identicon(A)).toEqual(identicon(A));
    expect(identicon(A.toLowerCase())).toEqual(identicon(A));
  });

  it('is a mirrored 5 × 5 grid of background, colour and spot cells', () => {
    const { size, cells } = identicon(A);
    expect(size).toBe(IDENTICON_SIZE);
    expect(cells).toHaveLength(size * size);
    for (let row = 0; row < size; row++)
      for (let column = 0; column < size; column++)
        expect(cells[row * size + column]).toBe(cells[row * size + (size - 1 - column)]);
    expect(new Set(cells).size).toBeGreaterThan(1);
  });

  it('tells two addresses apart', () => {
    expect(identicon(B).cells).not.toEqual(identicon(A).cells);
    expect(identicon(B).colors).not.toEqual(identicon(A).colors);
  });
});

describe('hueOf', () => {
  it('gives a stable hue in 0 … 359, different for different symbols', () => {
    const hues = ['ETH', 'BTC', 'LTC', 'TKN', 'USDC'].map(hueOf);
    for (const hue of hues) expect(hue).toBeGreaterThanOrEqual(0);
    for (const hue of hues) expect(hue).toBeLessThan(360);
    expect(hueOf('ETH')).toBe(hueOf('eth'));
    expect(new Set(hues).size).toBeGreaterThan(3);
  });
});
