/**
 * The active rule set and its version history, held together so that the only way to change the
 * rules is a validated import or a rollback — each of which appends a version — and a refused
 * import changes nothing: the file is parsed and verified completely before anything is replaced.
 *
 *   const rules = createActiveRules(defaultRuleSet(), { at: now, why: 'defaults' });
 *   rules.importRuleSet(fileText, { at: now, why: 'family rules' }); // throws RuleSetError, or
 *   rules.active();   // the new rule set                            // { ruleSet, signer, version }
 *   rules.rollback(1, { at: later });
 */

import type { RuleSet } from './schema';
import { type ImportOptions, importRuleSetFile } from './signedRuleSet';
import { appendVersion, loadHistory, type RuleVersion, rollback, type VersionHistory } from './versions';

export interface ActiveRules {
  /** The rule set in force (the latest version's). */
  active(): RuleSet;
  history(): VersionHistory;
  /**
   * Imports a rule set file (bare or signed, signedRuleSet.ts). On success it becomes active as a new
   * version, whose `why` names the signer; on failure it throws and the active set is unchanged.
   */
  importRuleSet(
    text: string,
    change: { at: number; why: string },
    options?: ImportOptions,
  ): { ruleSet: RuleSet; signer?: string; version: RuleVersion };
  rollback(n: number, change: { at: number; why?: string }): RuleVersion;
}

/** A holder starting from `initial` (version 1), or from a stored history (checked on load). */
export function createActiveRules(
  initial: RuleSet | { history: unknown },
  first: { at: number; why: string } = { at: 0, why: 'initial rules' },
): ActiveRules {
  let history: VersionHistory =
    'history' in initial ? loadHistory(initial.history) : appendVersion([], initial, first);
  if (history.length === 0) throw new RangeError('history: expected at least one version');
  const latest = () => history[history.length - 1]!;
  return Object.freeze({
    active: () => latest().ruleSet,
    history: () => history,
    importRuleSet(text: string, change: { at: number; why: string }, options?: ImportOptions) {
      const { ruleSet, signer } = importRuleSetFile(text, options);
      const why = signer ? `${change.why} (signed by ${signer})` : change.why;
      // Build the new history first; only a complete success replaces the old one.
      const next = appendVersion(history, ruleSet, { at: change.at, why });
      history = Object.freeze(next);
      return { ruleSet, ...(signer ? { signer } : {}), version: latest() };
    },
    rollback(n: number, change: { at: number; why?: string }) {
      history = Object.freeze(rollback(history, n, change));
      return latest();
    },
  });
}
