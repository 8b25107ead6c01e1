import { describe, expect, it } from 'vitest';
import { READ_ONLY_METHODS } from './readOnly';
import { isReplaySafe, READ_ONLY_METHOD_NAMES } from './replaySafe';

describe('read-only allow-list and replay-safe methods', () => {
  it('replays exactly the forwarded read-only methods (plus eth_sendRawTransaction excluded)', () => {
    const forwarded = [...READ_ONLY_METHODS.keys()].filter((m) => m !== 'eth_sendRawTransaction');
    expect([...READ_ONLY_METHOD_NAMES].sort()).toEqual(forwarded.sort());
  });

  it('never replays methods that sign, send or prompt', () => {
    for (const method of [
      'eth_sendRawTransaction',
      'eth_sendTransaction',
      'personal_sign',
      'eth_requestAccounts',
    ]) {
      expect(isReplaySafe({ method })).toBe(false);
    }
    expect(isReplaySafe({ method: 'eth_chainId' })).toBe(true);
    expect(isReplaySafe(null)).toBe(false);
  });
});
