/**
 * The rules engine (issue 10, docs/rules.md): a declarative JSON rule language, one verdict per
 * request, defaults that protect a new user, an address book, rolling spend totals, versioned and
 * optionally signed rule sets. Pure and browser-free: the wallet supplies the request and context.
 *
 *   const ruleSet = defaultRuleSet();
 *   const { verdict, reasons } = evaluate(ruleSet, request, { now, history, addressBook, phishing: protectivePhishing() });
 */
export { type ActiveRules, createActiveRules } from './activeRules';
export { addressKey, isPolicyAddress, parsePolicyAddress } from './address';
export { type AddressBook, type Contact, createAddressBook, parseContact } from './addressBook';
export { compareUnits, inBounds, parseDecimal } from './decimal';
export {
  DAILY_LIMIT_CHAINS,
  DEFAULT_DAILY_LIMITS,
  type DefaultOptions,
  defaultRuleSet,
  protectivePhishing,
} from './defaults';
export { addressEnds, type DetectedRisks, detectRisks } from './detect';
export { RuleSetError } from './errors';
export {
  DEFAULT_VERDICT,
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type MatchedRule,
  type MatchedRuleView,
  type VerdictView,
  verdictView,
} from './evaluate';
export { KIND_FAMILY } from './facts';
export { editDistance, type Lookalike, lookalikeOf, skeleton } from './lookalike';
export { originMatches } from './origin';
export {
  BUNDLED_PHISHING,
  extendPhishingConfig,
  isBlacklisted,
  isWhitelisted,
  type PhishingConfig,
  parsePhishingConfig,
} from './phishing';
export type { PolicyContext, PolicyRequest, PolicySend } from './request';
export {
  assetKey,
  deserialiseHistory,
  prune,
  recordSpend,
  rollingTotal,
  type SerialisedSpend,
  type SpendEntry,
  serialiseHistory,
} from './rolling';
export {
  type Conditions,
  parseRuleSet,
  REQUEST_KINDS,
  type RequestKind,
  RULESET_VERSION,
  type Rule,
  type RuleSet,
  specificity,
  VERDICTS,
  type Verdict,
} from './schema';
export {
  exportRuleSetFile,
  FILE_FORMAT,
  type ImportedRuleSet,
  type ImportOptions,
  importRuleSetFile,
  ruleSetMessage,
} from './signedRuleSet';
export {
  MAX_USER_SITES,
  NO_USER_SITES,
  parseSiteEntry,
  USER_SITE_LISTS,
  type UserSiteList,
  type UserSites,
  userSitesContext,
  userSitesOf,
  withoutSiteEntry,
  withSiteEntry,
} from './userSites';
export {
  appendVersion,
  diff,
  loadHistory,
  type RuleSetDiff,
  type RuleVersion,
  rollback,
  type VersionHistory,
  verifyHistory,
} from './versions';
