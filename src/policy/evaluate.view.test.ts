import { describe, expect, it } from 'vitest';
import { evaluate, verdictView } from './evaluate';
import { parseRuleSet, rule } from './schema';
import { BOB, NOW, sendRequest } from './testkit';

// verdictView is what the approval card's "Why?" and the Rules screen's dry run both show.
const rules = parseRuleSet({
  v: 1,
  name: 'View test',
  rules: [
    rule('no-sends', { kind: 'send' }, 'deny', { description: 'No sends' }),
    rule('bob-ok', { kind: 'send', recipient: BOB }, 'allow', { description: 'Bob is fine' }),
  ],
});

describe('verdictView', () => {
  it('keeps the verdict, the reasons and, per matched rule, id, verdict, reason and decisive', () => {
    const evaluation = evaluate(rules, sendRequest(), { now: NOW });
    expect(verdictView(evaluation)).toEqual({
      verdict: 'allow',
      reasons: ['Bob is fine'],
      matched: [
        { ruleId: 'bob-ok', verdict: 'allow', reason: 'Bob is fine', decisive: true },
        { ruleId: 'no-sends', verdict: 'deny', reason: 'No sends', decisive: false },
      ],
    });
  });

  it('leaves out the engine details (specificity, final) and the risks', () => {
    const evaluation = evaluate(rules, sendRequest(), { now: NOW });
    const view = verdictView(evaluation);
    expect(Object.keys(view).sort()).toEqual(['matched', 'reasons', 'verdict']);
    for (const m of view.matched)
      expect(Object.keys(m).sort()).toEqual(['decisive', 'reason', 'ruleId', 'verdict']);
  });

  it('shows the default when no rule matched', () => {
    const view = verdictView(
      evaluate(parseRuleSet({ v: 1, name: 'empty', rules: [] }), sendRequest(), { now: NOW }),
    );
    expect(view.verdict).toBe('confirm');
    expect(view.matched).toEqual([]);
    expect(view.reasons[0]).toMatch(/No rule matched/);
  });
});
