/**
 * The path every request that needs the user takes: a deny on the origin alone (phishing list, a
 * deny rule on the site) is refused before anything opens; otherwise take a ticket in the approval
 * queue (the window opens at once), wait for the wallet to be unlocked there if it is locked, build
 * the card (which may read the chain and simulate), ask the rules for the one verdict
 * (docs/rules.md), then — unless they deny, or allow a kind that signs nothing — ask the user, the
 * card saying why ("Why?") and asking for the password when a rule wants it. Closing the window, or
 * any failure while preparing, gives the ticket back, so nothing hangs and the window never shows a
 * dead request.
 *
 *   const answer = await askUser(ctx, async () => messageCard(bytes, base, { chainId }));
 *   const answer = await askUser(ctx, async () => ({ card, facts: transactionFacts(tx, 'ETH') }));
 */
import { ErrorCode, RpcError } from '../../errors';
import type { Card } from '../../markup/card';
import { type Evaluation, verdictView } from '../../policy';
import type { ApprovalAnswer } from '../approvals';
import { type PolicyFacts, policyRequestOf } from './policyRequest';
import type { DappContext } from './types';

/**
 * Kinds an `allow` verdict lets through without a window: they sign nothing and move nothing
 * (a connect grants the selected account, which the user can revoke). Signing kinds, sends and
 * add-chain (a new RPC endpoint sees the user's addresses) always show their card.
 */
export const ALLOW_WITHOUT_WINDOW: ReadonlySet<string> = new Set(['connect', 'switch-chain', 'watch-asset']);

/** A card, or a card with the facts the rules need beyond it (a transaction's recipient, amount…). */
export type Asked = Card | { card: Card; facts: PolicyFacts };

function auditVerdict(ctx: DappContext, kind: string, e: Evaluation, when: string): void {
  const decided = e.matched.filter((m) => m.decisive).map((m) => m.ruleId);
  ctx.deps.ring.audit.append({
    kind: 'policy-verdict',
    detail: `${ctx.origin} ${kind}: ${e.verdict}${decided.length ? ` by ${decided.join(', ')}` : ' (no rule matched)'}${when}`,
  });
}

function refusal(e: Evaluation): RpcError {
  const rule = e.matched.find((m) => m.decisive)?.ruleId;
  const why = e.reasons[0] ?? 'the rules refuse it';
  return new RpcError(
    ErrorCode.userRejected,
    `Refused by ${rule ? `the rule "${rule}"` : 'the rules'}: ${why}`.slice(0, 500),
  );
}

/** Opaque origins (sandboxed frames, data: URLs) can read, never connect or sign. */
export function refuseOpaque(origin: string): void {
  if (origin === 'null')
    throw new RpcError(
      ErrorCode.unauthorized,
      'An opaque-origin frame (sandboxed, data:) cannot connect or sign',
    );
}

/** 4100 unless `address` is one of the accounts this origin was granted. */
export function requireGranted(ctx: DappContext, address: string): string {
  const lower = address.toLowerCase();
  const found = ctx.deps.wallet.granted(ctx.origin).find((a) => a.toLowerCase() === lower);
  if (!found)
    throw new RpcError(
      ErrorCode.unauthorized,
      'The requested account is not connected to this site: connect first',
    );
  return found;
}

/**
 * Runs the approval path. `build` runs once the wallet is unlocked and returns the card, or
 * undefined when no question is needed after all (e.g. the site turned out to be connected).
 */
export async function askUser(
  ctx: DappContext,
  build: () => Promise<Asked | undefined>,
  options: { needsPassword?: boolean } = {},
): Promise<ApprovalAnswer | undefined> {
  refuseOpaque(ctx.origin);
  const early = ctx.deps.wallet.originDeny(ctx.origin);
  if (early) {
    auditVerdict(ctx, 'any request', early, ', before any window');
    throw refusal(early);
  }
  const ticket = ctx.deps.approvals.open(ctx.origin);
  try {
    const cancelled = ticket.cancelled.then((error) => Promise.reject(error));
    cancelled.catch(() => {}); // settles after we are done too; nobody else listens then
    await Promise.race([ctx.deps.wallet.whenUnlocked(), cancelled]);
    const asked = await Promise.race([build(), cancelled]);
    if (!asked) {
      ticket.close();
      return undefined;
    }
    const { card, facts } = 'card' in asked ? asked : { card: asked, facts: undefined };
    const request = policyRequestOf(card, facts);
    const evaluation = ctx.deps.wallet.decide(request);
    if (!evaluation) throw new RpcError(ErrorCode.disconnected, 'The wallet was locked');
    auditVerdict(ctx, request.kind, evaluation, '');
    if (evaluation.verdict === 'deny') throw refusal(evaluation);
    if (evaluation.verdict === 'allow' && ALLOW_WITHOUT_WINDOW.has(card.kind)) {
      ticket.close();
      return {};
    }
    card.policy = verdictView(evaluation);
    const needsPassword = options.needsPassword === true || evaluation.verdict === 'confirm-with-password';
    return await ticket.ask(card, needsPassword ? { needsPassword } : {});
  } catch (error) {
    ticket.close();
    throw error;
  }
}
