import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './Tabs';

describe('tabAfterKey (WAI-ARIA tabs keyboard)', () => {
  it('moves right and left, wrapping at both ends', () => {
    expect(tabAfterKey('ArrowRight', 0, 2)).toBe(1);
    expect(tabAfterKey('ArrowRight', 1, 2)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 1, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
  });

  it('Home and End go to the first and last tab; other keys do nothing', () => {
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Enter', 0, 3)).toBeUndefined();
    expect(tabAfterKey('ArrowDown', 0, 3)).toBeUndefined();
  });
});
