/**
 * One verdict per request (docs/rules.md "Evaluation order"):
 * 1. every rule whose conditions all hold matches; a rule with a condition that cannot be decided
 *    (an amount whose decimals are unknown) matches only if its verdict is stricter than allow;
 * 2. the most specific matches decide — specificity is the number of conditions a rule sets;
 * 3. among those, the strictest verdict wins: deny > confirm-with-password > confirm > allow;
 * 4. a matching `final` rule is a floor: if its verdict is stricter, it wins (and decides);
 * 5. when nothing matches, the default verdict: confirm (the approval window, as without rules).
 * The result does not depend on the order of the rules, and evaluation never throws: if it fails
 * anyway (a hostile getter), the verdict is deny.
 *
 *   const { verdict, reasons } = evaluate(ruleSet, request, { now: Date.now(), history });
 *   // 'confirm-with-password', ['More than 1 ETH a day needs my password (24h total with this one 1.2 ETH > 1)']
 */
import { factsOf } from './facts';
import { compiledRules, notesOf, outcomeOf } from './match';
import type { PolicyContext, PolicyRequest } from './request';
import { type RuleSet, severity, type Verdict } from './schema';

export const DEFAULT_VERDICT: Verdict = 'confirm';

export interface MatchedRule {
  ruleId: string;
  verdict: Verdict;
  reason: string;
  specificity: number;
  /** A final rule: its verdict is a floor for the request (schema.ts). */
  final: boolean;
  /** Whether this rule decided the verdict (most specific, strictest). */
  decisive: boolean;
}

export interface Evaluation {
  verdict: Verdict;
  /** Every matching rule, most specific first, then strictest, then by id. */
  matched: MatchedRule[];
  /** Why: the reasons of the deciding rules, or why the default applied. */
  reasons: string[];
  /** The risk codes the rules saw (the card's and the detected ones). */
  risks: string[];
}

/** A matched rule as the user sees it: which rule, what it says, and whether it decided. */
export type MatchedRuleView = Pick<MatchedRule, 'ruleId' | 'verdict' | 'reason' | 'decisive'>;

/** What the user is shown of an evaluation (without `risks`: a caller that shows them adds them). */
export interface VerdictView {
  verdict: Verdict;
  reasons: string[];
  matched: MatchedRuleView[];
}

/**
 * The user's view of `evaluation`: one shape for the approval card's "Why?" and the Rules screen's
 * dry run, so both say the same thing about the same request. Leaves out specificity and `final`,
 * which explain the engine, not the verdict.
 */
export function verdictView(evaluation: Evaluation): VerdictView {
  return {
    verdict: evaluation.verdict,
    reasons: evaluation.reasons,
    matched: evaluation.matched.map(({ ruleId, verdict, reason, decisive }) => ({
      ruleId,
      verdict,
      reason,
      decisive,
    })),
  };
}

export interface EvaluateOptions {
  /** The verdict when no rule matches. Default 'confirm'. */
  defaultVerdict?: Verdict;
}

function reasonOf(description: string | undefined, id: string, notes: string[]): string {
  const head = description ?? `Rule "${id}"`;
  return notes.length > 0 ? `${head} (${notes.join('; ')})` : head;
}

/**
 * The verdict of `ruleSet` on `request` in `context`. Pure: same inputs, same result. A request with
 * `sends` (a batch) is evaluated as itself and as a `send` of each entry; the strictest verdict wins.
 */
export function evaluate(
  ruleSet: RuleSet,
  request: PolicyRequest,
  context: PolicyContext,
  options: EvaluateOptions = {},
): Evaluation {
  try {
    if (!request.sends || request.sends.length === 0) return evaluateOne(ruleSet, request, context, options);
    const { sends, ...whole } = request;
    const parts = [
      evaluateOne(ruleSet, whole, context, options),
      ...sends.map((s) =>
        evaluateOne(
          ruleSet,
          {
            ...whole,
            kind: 'send',
            asset: s.asset,
            amount: s.amount,
            ...(s.recipient !== undefined ? { recipient: s.recipient } : {}),
            ...(s.contract !== undefined ? { contract: s.contract } : {}),
          },
          context,
          options,
        ),
      ),
    ];
    return strictestOf(parts);
  } catch (e) {
    return refusedBecause(e);
  }
}

function refusedBecause(e: unknown): Evaluation {
  return {
    verdict: 'deny',
    matched: [],
    reasons: [`The rules could not be evaluated, so the request is refused (${(e as Error)?.message ?? e})`],
    risks: [],
  };
}

/** One evaluation from several: the strictest verdict, with the reasons of every part that gave it. */
function strictestOf(parts: readonly Evaluation[]): Evaluation {
  const verdict = parts.reduce<Verdict>(
    (v, p) => (severity(p.verdict) > severity(v) ? p.verdict : v),
    parts[0]!.verdict,
  );
  const byRule = new Map<string, MatchedRule>();
  for (const p of parts) {
    const deciding = p.verdict === verdict;
    for (const m of p.matched) {
      const key = `${m.ruleId}\n${m.reason}`;
      const known = byRule.get(key);
      if (known) known.decisive ||= deciding && m.decisive;
      else byRule.set(key, { ...m, decisive: deciding && m.decisive });
    }
  }
  const matched = [...byRule.values()];
  // The deciding rules' reasons; "no rule matched" only when the strictest verdict is the default's.
  const ruled = parts.filter((p) => p.verdict === verdict && p.matched.some((m) => m.decisive));
  const reasons = [
    ...new Set(
      (ruled.length > 0 ? ruled : [parts.find((p) => p.verdict === verdict)!]).flatMap((p) => p.reasons),
    ),
  ];
  matched.sort(
    (a, b) =>
      b.specificity - a.specificity ||
      severity(b.verdict) - severity(a.verdict) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  const risks = [...new Set(parts.flatMap((p) => p.risks))].sort();
  return { verdict, matched, reasons, risks };
}

function evaluateOne(
  ruleSet: RuleSet,
  request: PolicyRequest,
  context: PolicyContext,
  { defaultVerdict = DEFAULT_VERDICT }: EvaluateOptions = {},
): Evaluation {
  try {
    const facts = factsOf(request, context);
    const matched: MatchedRule[] = [];
    for (const compiled of compiledRules(ruleSet)) {
      const { rule } = compiled;
      const outcome = outcomeOf(compiled, facts);
      if (outcome === 'no' || (outcome === 'unknown' && rule.then === 'allow')) continue;
      matched.push({
        ruleId: rule.id,
        verdict: rule.then,
        reason: reasonOf(rule.description, rule.id, notesOf(compiled, facts)),
        specificity: compiled.specificity,
        final: rule.final === true,
        decisive: false,
      });
    }
    matched.sort(
      (a, b) =>
        b.specificity - a.specificity ||
        severity(b.verdict) - severity(a.verdict) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
    const top = matched[0];
    if (!top) {
      return {
        verdict: defaultVerdict,
        matched,
        reasons: [`No rule matched: the default applies (${defaultVerdict})`],
        risks: facts.risks.codes,
      };
    }
    const floor = matched
      .filter((m) => m.final)
      .reduce<MatchedRule | undefined>(
        (a, m) => (a && severity(a.verdict) >= severity(m.verdict) ? a : m),
        undefined,
      );
    const raised = floor !== undefined && severity(floor.verdict) > severity(top.verdict);
    const verdict = raised ? floor.verdict : top.verdict;
    for (const m of matched)
      m.decisive = raised
        ? m.final && m.verdict === verdict
        : m.specificity === top.specificity && m.verdict === verdict;
    return {
      verdict,
      matched,
      reasons: matched.filter((m) => m.decisive).map((m) => m.reason),
      risks: facts.risks.codes,
    };
  } catch (e) {
    return refusedBecause(e);
  }
}
