import { describe, expect, it } from 'vitest';
import { vanishedNotice, waitingBehind } from './queue';

describe('vanishedNotice', () => {
  it('says nothing while the shown request is still queued, or when none was shown', () => {
    expect(vanishedNotice('a', [{ id: 'b' }, { id: 'a' }], true)).toBeNull();
    expect(vanishedNotice(undefined, [], true)).toBeNull();
  });

  it('blames the restart when the worker restarted', () => {
    expect(vanishedNotice('a', [{ id: 'b' }], true)).toBe('restarted');
  });

  it('says only that it is gone otherwise', () => {
    expect(vanishedNotice('a', [], false)).toBe('gone');
  });
});

describe('waitingBehind', () => {
  it('counts the requests behind the first', () => {
    expect(waitingBehind(0)).toBeNull();
    expect(waitingBehind(1)).toBeNull();
    expect(waitingBehind(3)).toBe(2);
  });
});
