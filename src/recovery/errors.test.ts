import { describe, expect, it } from 'vitest';
import { cleanupBytes, RecoveryError } from './errors.js';

describe('RecoveryError', () => {
  it('carries reason, bad share numbers (frozen copy) and position', () => {
    const bad = [3, 1];
    const e = new RecoveryError('commitment', 'combineEnvelopes: share(s) 3, 1 do not fit', {
      bad,
      position: 2,
    });
    bad.push(9);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('RecoveryError');
    expect(e.reason).toBe('commitment');
    expect(e.bad).toEqual([3, 1]);
    expect(Object.isFrozen(e.bad)).toBe(true);
    expect(e.position).toBe(2);
    expect(new RecoveryError('too-few', 'x').bad).toEqual([]);
  });
});

describe('cleanupBytes', () => {
  it('zeroes every buffer and skips undefined', () => {
    const a = Uint8Array.of(1, 2);
    const b = new Uint8Array(4).fill(9).subarray(1, 3);
    cleanupBytes(a, undefined, b);
    expect([...a, ...b]).toEqual([0, 0, 0, 0]);
  });
});
