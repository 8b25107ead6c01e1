import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from './defaults';
import { RuleSetError } from './errors';
import { parseRuleSet, rule } from './schema';
import { NOW } from './testkit';
import { appendVersion, diff, GENESIS_HASH, loadHistory, rollback, verifyHistory } from './versions';

const v1 = defaultRuleSet();
const v2 = parseRuleSet({
  ...v1,
  rules: [
    ...v1.rules.filter((r) => r.id !== 'eth-sign' && r.id !== 'daily-limit-ETH'),
    rule(
      'daily-limit-ETH',
      { kind: 'send', asset: 'ETH', window: { per: '24h', total: { gt: '0.5' } } },
      'confirm-with-password',
    ),
    rule('night', { timeOfDay: { from: '23:00', to: '06:00' } }, 'confirm-with-password'),
  ],
});

describe('rule set versions', () => {
  const history = appendVersion(appendVersion([], v1, { at: NOW, why: 'defaults' }), v2, {
    at: NOW + 1,
    why: 'tighter',
  });

  it('numbers and hash-chains the versions', () => {
    expect(history.map((x) => x.n)).toEqual([1, 2]);
    expect(history[0]!.prev).toBe(GENESIS_HASH);
    expect(history[1]!.prev).toBe(history[0]!.hash);
    expect(history[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyHistory(history)).toEqual({ ok: true });
  });

  it('detects an edited, removed or reordered version', () => {
    const edited = [history[0]!, { ...history[1]!, why: 'something else' }];
    expect(verifyHistory(edited)).toEqual({ ok: false, n: 2, why: 'hash does not match its contents' });
    expect(verifyHistory([history[1]!])).toMatchObject({ ok: false, n: 2 });
    expect(verifyHistory([history[1]!, history[0]!])).toMatchObject({ ok: false });
  });

  it('lists rules added, removed and changed by id', () => {
    expect(diff(v1, v2)).toEqual({
      added: ['night'],
      removed: ['eth-sign'],
      changed: ['daily-limit-ETH'],
      renamed: false,
    });
    expect(diff(v1, v1)).toEqual({ added: [], removed: [], changed: [], renamed: false });
    // Key order inside a rule is not a change.
    const reordered = parseRuleSet(JSON.parse(JSON.stringify({ rules: v1.rules, name: v1.name, v: 1 })));
    expect(diff(v1, reordered).changed).toEqual([]);
  });

  it('rolls back by appending a new version equal to the old one', () => {
    const rolled = rollback(history, 1, { at: NOW + 2 });
    expect(rolled).toHaveLength(3);
    expect(rolled[2]!.ruleSet).toEqual(v1);
    expect(rolled[2]!.why).toBe('rollback to version 1');
    expect(verifyHistory(rolled)).toEqual({ ok: true });
    expect(history).toHaveLength(2);
    expect(() => rollback(history, 5, { at: NOW })).toThrow('n: no version 5 (the history has 1…2)');
  });

  it('loads a stored history, checking its chain and every rule set', () => {
    const stored = JSON.parse(JSON.stringify(history));
    expect(loadHistory(stored)).toEqual(history);
    stored[1].ruleSet.rules[0].description = 'edited';
    expect(() => loadHistory(stored)).toThrow('versions[1]: hash does not match its contents');
    stored[1].ruleSet.rules[0].when = { amount: { gt: 'x' } };
    expect(() => loadHistory(stored)).toThrow(RuleSetError);
    expect(() => loadHistory(stored)).toThrow(
      'versions[1].ruleSet.rules[0].when.amount.gt: expected a decimal string',
    );
  });
});
