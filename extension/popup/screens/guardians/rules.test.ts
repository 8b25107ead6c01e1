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
      expect(splitProblem(1, n)).toMatch(/^Number of guardians: .*1 to 10/);
  });

  it('names the threshold when T is out of range for N', () => {
    expect(splitProblem(4, 3)).toBe('Threshold: a whole number from 1 to the number of guardians (3).');
    for (const t of [0, 1.5, Number.NaN]) expect(splitProblem(t, 3)).toMatch(/^Threshold: /);
  });
});

describe('nonEmptyShares', () => {
  it('trims and drops empty fields, keeping the order', () => {
    expect(nonEmptyShares(['', ' b \n', '   ', 'a'])).toEqual(['b', 'a']);
    expect(nonEmptyShares([])).toEqual([]);
  });
});
