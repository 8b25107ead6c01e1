/**
 * The Blocked sites screen (issue 10, docs/rules.md "Your site lists"): the user's own additions to
 * the bundled phishing list, kept in the vault's private state. Blocked sites (exact origins or
 * hosts) get `phishing-origin`, so the default deny refuses them before any window opens; protected
 * names make sites that look like them `lookalike-origin`; allowed hosts are never flagged (a false
 * positive of the bundled list or the look-alike check). Every change is audited (`rules-changed`).
 */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const SiteList = v.picklist(
  ['blocked', 'protected', 'allowed'],
  'expected "blocked", "protected" or "allowed"',
);

export const BlockedSitesView = v.object({
  blocked: v.array(v.string()),
  protected: v.array(v.string()),
  allowed: v.array(v.string()),
});
export type BlockedSitesView = v.InferOutput<typeof BlockedSitesView>;

export const getBlockedSites = procedure({ name: 'getBlockedSites', input: Empty, output: BlockedSitesView });

export const changeBlockedSites = procedure({
  name: 'changeBlockedSites',
  input: v.object({
    action: v.picklist(['add', 'remove'], 'expected "add" or "remove"'),
    list: SiteList,
    /** An exact origin ("https://evil.example") or a host ("evil.example"); hosts only for protected and allowed. */
    entry: v.pipe(v.string('expected text'), v.maxLength(300, 'at most 300 characters')),
  }),
  output: BlockedSitesView,
});
