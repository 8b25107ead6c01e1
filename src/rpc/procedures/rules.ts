/**
 * The Rules screen (issue 10, docs/rules.md): the active rule set as lines and JSON, saving a new
 * set (bare or EIP-191 signed; refused with the path of the bad field, the active set unchanged),
 * the version history with diff and rollback, and "Ask the rules" — a dry run that signs nothing
 * and opens nothing.
 */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

const Verdict = v.picklist(['allow', 'confirm', 'confirm-with-password', 'deny']);

export const RulesView = v.object({
  /** The active version's number. */
  n: v.number(),
  name: v.string(),
  /** One readable line per rule: "eth-daily: More than 1 ETH a day needs my password → confirm-with-password". */
  lines: v.array(v.string()),
  /** The active rule set as pretty JSON (what the JSON field starts with). */
  json: v.string(),
  /** Who signed the file the active version came from, when it was signed. */
  signer: v.optional(v.string()),
});
export type RulesView = v.InferOutput<typeof RulesView>;

export const getRules = procedure({ name: 'getRules', input: Empty, output: RulesView });

export const saveRules = procedure({
  name: 'saveRules',
  input: v.object({
    /** A rule set file: the bare rule set, or the ringfence-rules/v1 envelope (optionally signed). */
    json: v.pipe(v.string(), v.maxLength(1_000_000, 'json: at most 1 MB')),
    why: v.optional(v.pipe(v.string(), v.maxLength(200, 'why: at most 200 characters'))),
  }),
  output: RulesView,
});

export const RuleHistoryView = v.object({
  versions: v.array(
    v.object({
      n: v.number(),
      at: v.number(),
      why: v.string(),
      hash: v.string(),
      rules: v.number(),
    }),
  ),
  /** Whether the hash chain of the versions verifies. */
  intact: v.boolean(),
});
export type RuleHistoryView = v.InferOutput<typeof RuleHistoryView>;

export const getRuleHistory = procedure({ name: 'getRuleHistory', input: Empty, output: RuleHistoryView });

const VersionNumber = v.pipe(v.number(), v.integer('expected a version number'), v.minValue(1));

export const diffRuleVersions = procedure({
  name: 'diffRuleVersions',
  input: v.object({ a: VersionNumber, b: VersionNumber }),
  output: v.object({
    added: v.array(v.string()),
    removed: v.array(v.string()),
    changed: v.array(v.string()),
    renamed: v.boolean(),
  }),
});

export const rollbackRules = procedure({
  name: 'rollbackRules',
  input: v.object({ n: VersionNumber }),
  output: RulesView,
});

export const askRules = procedure({
  name: 'askRules',
  input: v.object({
    origin: v.pipe(v.string(), v.maxLength(2048)),
    /** A request kind (docs/rules.md), e.g. "send", "connect", "approve". */
    kind: v.pipe(v.string(), v.maxLength(32)),
    to: v.optional(v.pipe(v.string(), v.maxLength(120))),
    /** "ETH", "BTC", "LTC" or a token address; default the selected network's coin. */
    asset: v.optional(v.pipe(v.string(), v.maxLength(64))),
    /** A decimal amount of the asset ("0.6"). */
    amount: v.optional(v.pipe(v.string(), v.maxLength(80))),
    /** Default: the selected network's chain id (none for BTC and LTC). */
    chainId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  output: v.object({
    verdict: Verdict,
    reasons: v.array(v.string()),
    matched: v.array(
      v.object({ ruleId: v.string(), verdict: Verdict, reason: v.string(), decisive: v.boolean() }),
    ),
    risks: v.array(v.string()),
  }),
});
