import { describe, expect, it } from 'vitest';
import { GONE_TEXT, RESTARTED_TEXT, vanishedNotice, waitingText } from './queue';

describe('vanishedNotice', () => {
  it('says nothing while the shown request is still queued, or when none was shown', () => {
    expect(vanishedNotice('a', [{ id: 'b' }, { id: 'a' }], true)).toBeNull();
    expect(vanishedNotice(undefined, [], true)).toBeNull();
  });

  it('blames the restart when the worker restarted', () => {
    expect(vanishedNotice('a', [{ id: 'b' }], true)).toBe(RESTARTED_TEXT);
  });

  it('says only that it is gone otherwise', () => {
    expect(vanishedNotice('a', [], false)).toBe(GONE_TEXT);
  });
});

describe('waitingText', () => {
  it('counts the requests behind the first', () => {
    expect(waitingText(0)).toBeNull();
    expect(waitingText(1)).toBeNull();
    expect(waitingText(3)).toBe('2 more waiting');
  });
});
