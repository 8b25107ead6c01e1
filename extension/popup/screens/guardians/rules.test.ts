import { describe, expect, it } from 'vitest';
import { MAX_GUARDIANS, nonEmptyShares, splitProblem } from './rules';

describe('splitProblem', () => {
  it('accepts 1 ≤ T ≤ N ≤ 10', () => {
    for (const [t, n] of [
      [1, 1],
      [2, 3],
      [10, 10],
      [1, 10],
    ] as const)
      expect(splitProblem(t, n)).toBeNull();
  });

  it('names the number of guardians when N is out of range or not whole', () => {
    for (const n of [0, -1, MAX_GUARDIANS + 1, 2.5, Number.NaN])
      expect(splitProblem(1, n)).toEqual({ field: 'count', max: MAX_GUARDIANS });
  });

  it('names the threshold when T is out of range for N', () => {
    expect(splitProblem(4, 3)).toEqual({ field: 'threshold', max: 3 });
    for (const t of [0, 1.5, Number.NaN]) expect(splitProblem(t, 3)).toEqual({ field: 'threshold', max: 3 });
    // N is checked first: with both wrong, the count is named.
    expect(splitProblem(0, 11)).toEqual({ field: 'count', max: MAX_GUARDIANS });
  });
});

describe('nonEmptyShares', () => {
  it('trims and drops empty fields, keeping the order', () => {
    expect(nonEmptyShares(['', ' b \n', '   ', 'a'])).toEqual(['b', 'a']);
    expect(nonEmptyShares([])).toEqual([]);
  });
});
