import { describe, expect, it } from 'vitest';
import { zero } from './zero';

describe('zero', () => {
  it('clears every array it is given, whole buffers and views alike, and skips null/undefined', () => {
    const a = new Uint8Array([1, 2, 3]);
    const backing = new Uint8Array([9, 9, 9, 9]);
    zero(a, null, backing.subarray(1, 3), undefined);
    expect(a).toEqual(new Uint8Array(3));
    expect(backing).toEqual(new Uint8Array([9, 0, 0, 9]));
  });

  it('rejects non-byte arrays rather than silently leaving them', () => {
    expect(() => zero('secret' as unknown as Uint8Array)).toThrow(
      'zero: expected Uint8Array arguments, got string',
    );
  });
});
