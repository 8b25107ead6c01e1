/**
 * The one error the policy module throws on bad input: `path` names the bad field the way a
 * person reads the file ("rules[2].when.amount.gt"), `message` starts with that path.
 *
 *   try { parseRuleSet(json) } catch (e) { if (e instanceof RuleSetError) show(e.message) }
 *   // "rules[2].when.amount.gt: expected a decimal string like "0.5""
 */
import type * as v from 'valibot';

export class RuleSetError extends Error {
  /** Where in the input the problem is ("rules[2].when.amount.gt", or "ruleSet" for the whole). */
  readonly path: string;
  /** The problem without the path ("expected a decimal string like \"0.5\""). */
  readonly problem: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'RuleSetError';
    this.path = path;
    this.problem = problem;
  }
}

type Issue = v.BaseIssue<unknown>;

/** `[{key:'rules'},{key:2},{key:'when'}]` → "rules[2].when"; after a prefix: "ruleSet.rules[2].when". */
export function pathText(issuePath: Issue['path'], prefix = ''): string {
  let out = prefix;
  for (const item of issuePath ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * The most precise problem behind an issue: a union issue keeps the sub-issue that got furthest
 * into the value (an array element, a field of the object form), since that is the one the author
 * meant; when no option got past the top, the union's own message says what was expected.
 */
function deepest(issue: Issue, prefix: string): { issue: Issue; path: string } {
  let current = issue;
  let path = pathText(issue.path, prefix);
  for (;;) {
    const subs = current.type === 'union' ? (current.issues ?? []) : [];
    const best = subs.reduce<Issue | undefined>(
      (a, b) => ((b.path?.length ?? 0) > (a?.path?.length ?? 0) ? b : a),
      undefined,
    );
    if (!best || (best.path?.length ?? 0) === 0) return { issue: current, path };
    path = pathText(best.path, path);
    current = best;
  }
}

/**
 * A RuleSetError for the first valibot issue, its path after `prefix` (the name of the input,
 * e.g. "history" → "history[3].amount"); `whole` names an issue of the input as a whole.
 */
export function issueError(issues: readonly Issue[], prefix = '', whole = prefix || 'input'): RuleSetError {
  const first = issues[0];
  if (!first) return new RuleSetError(whole, 'invalid');
  const found = deepest(first, prefix);
  const issue = found.issue;
  const path = found.path;
  // strictObject reports an unknown key as "Expected never"; say it in words.
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  // A required field left out reaches us as the parent object's type message with input undefined.
  const missing =
    !unknownKey &&
    issue.kind === 'schema' &&
    issue.input === undefined &&
    path !== prefix &&
    /object/.test(issue.type);
  const problem = unknownKey
    ? 'unknown field (check its spelling)'
    : missing
      ? 'required field is missing'
      : issue.message;
  return new RuleSetError(path === '' ? whole : path, problem);
}
