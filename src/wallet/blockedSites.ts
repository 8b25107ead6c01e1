/**
 * The ring's side of the Blocked sites screen (src/rpc/procedures/blockedSites.ts): the user's
 * blocked, protected and allowed sites in the policy state (src/policy/userSites.ts validates every
 * entry, so a refused one changes nothing), each change saved and audited as `rules-changed` like a
 * rule change. The rules read the lists at once (src/wallet/rules.ts derives the context per state).
 *
 *   await changeBlockedSites(ctx, { action: 'add', list: 'blocked', entry: 'evil.example' });
 *   // { blocked: ['evil.example'], protected: [], allowed: [] }; a request from evil.example → 4001
 */
import { type UserSiteList, type UserSites, withoutSiteEntry, withSiteEntry } from '../policy';
import { labeled } from '../ring';
import type { WalletContext } from './context';
import { changePolicy, policyView } from './rules';

const sitesView = (sites: UserSites) =>
  labeled('private', {
    blocked: [...sites.blocked],
    protected: [...sites.protected],
    allowed: [...sites.allowed],
  });

export const getBlockedSites = (ctx: WalletContext) => sitesView(policyView(ctx).policy.sites);

const WHAT: Record<UserSiteList, string> = {
  blocked: 'blocked site',
  protected: 'protected name',
  allowed: 'allowed site',
};

export async function changeBlockedSites(
  ctx: WalletContext,
  input: { action: 'add' | 'remove'; list: UserSiteList; entry: string },
) {
  const { sites } = policyView(ctx).policy;
  // Validated in full before anything changes (throws RuleSetError naming `entry`).
  const next =
    input.action === 'add'
      ? withSiteEntry(sites, input.list, input.entry)
      : withoutSiteEntry(sites, input.list, input.entry);
  if (next === sites) return sitesView(sites);
  const saved = await changePolicy(ctx, (p) => ({ ...p, sites: next }), `change the ${input.list} sites`);
  const entry = input.action === 'add' ? next[input.list].at(-1)! : input.entry.trim();
  ctx.ring.audit.append({
    kind: 'rules-changed',
    detail: `${WHAT[input.list]} ${input.action === 'add' ? 'added' : 'removed'}: ${entry}`.slice(0, 300),
  });
  return sitesView(saved.sites);
}
