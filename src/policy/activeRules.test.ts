import { describe, expect, it } from 'vitest';
import { createActiveRules } from './activeRules';
import { defaultRuleSet } from './defaults';
import { RuleSetError } from './errors';
import { parseRuleSet, rule } from './schema';
import { exportRuleSetFile } from './signedRuleSet';
import { NOW } from './testkit';
import { verifyHistory } from './versions';

const initial = defaultRuleSet();
const next = parseRuleSet({
  v: 1,
  name: 'mine',
  rules: [rule('no-night', { timeOfDay: { from: '23:00', to: '06:00' } }, 'deny')],
});

describe('active rules', () => {
  it('a refused import leaves the active set and the history unchanged', () => {
    const rules = createActiveRules(initial, { at: NOW, why: 'defaults' });
    const before = rules.active();
    const history = rules.history();
    const bad = JSON.stringify({
      v: 1,
      name: 'bad',
      rules: [rule('x', { amount: { gt: 'lots' } }, 'allow')],
    });
    expect(() => rules.importRuleSet(bad, { at: NOW + 1, why: 'try' })).toThrow(RuleSetError);
    expect(() => rules.importRuleSet(bad, { at: NOW + 1, why: 'try' })).toThrow('rules[0].when.amount.gt');
    expect(() => rules.importRuleSet('not json', { at: NOW + 1, why: 'try' })).toThrow(
      'file: not valid JSON',
    );
    expect(rules.active()).toBe(before);
    expect(rules.history()).toBe(history);
    expect(rules.history()).toHaveLength(1);
  });

  it('a good import becomes active as a new version; a rollback restores the old rules', () => {
    const rules = createActiveRules(initial, { at: NOW, why: 'defaults' });
    const { version } = rules.importRuleSet(exportRuleSetFile(next), { at: NOW + 1, why: 'my rules' });
    expect(version.n).toBe(2);
    expect(rules.active()).toEqual(next);
    rules.rollback(1, { at: NOW + 2 });
    expect(rules.active()).toEqual(initial);
    expect(rules.history().map((x) => x.why)).toEqual(['defaults', 'my rules', 'rollback to version 1']);
    expect(verifyHistory(rules.history())).toEqual({ ok: true });
  });

  it('restarts from a stored history (as after a worker restart) and refuses a broken one', () => {
    const rules = createActiveRules(initial, { at: NOW, why: 'defaults' });
    rules.importRuleSet(JSON.stringify(next), { at: NOW + 1, why: 'mine' });
    const stored = JSON.parse(JSON.stringify(rules.history()));
    expect(createActiveRules({ history: stored }).active()).toEqual(next);
    stored[0].why = 'edited';
    expect(() => createActiveRules({ history: stored })).toThrow(
      'versions[0]: hash does not match its contents',
    );
  });
});
