/**
 * The rules in the ring (issue 10, docs/rules.md): one verdict per request from the active rule
 * set, with the context the wallet's private state supplies — the address book, the rolling spend
 * history, the bundled phishing list with the user's site lists, the connected sites and past recipients — and the spends that
 * feed the rolling totals. The engine (src/policy) stays pure; this file only reads and writes the
 * state it needs.
 *
 *   const evaluation = decide(ctx, { origin, kind: 'send', chainId: 1, account, recipient, asset: 'ETH', amount });
 *   await recordSpend(ctx, { account, asset: 'ETH', chainId: 1, amount });  // after the broadcast
 */
import {
  type AddressBook,
  recordSpend as appendSpend,
  assetKey,
  createAddressBook,
  deserialiseHistory,
  type Evaluation,
  evaluate,
  type PolicyContext,
  type PolicyRequest,
  prune,
  REQUEST_KINDS,
  type RuleSet,
  type SpendEntry,
  serialiseHistory,
  userSitesContext,
} from '../policy';
import { durationMs } from '../policy/schema';
import { mapLabeled } from '../ring';
import type { Session, WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import { newPolicyState, type PolicyState } from './policyState';
import type { PrivateState } from './privateState';
import { readInWorker } from './read';

const DAY_MS = 86_400_000;
/** Spends are kept at least a month (so a longer window added later still sees them), at most this many. */
const KEEP_MS = 31 * DAY_MS;
const MAX_SPENDS = 5_000;

interface Derived {
  ruleSet: RuleSet;
  book: AddressBook;
  spends: SpendEntry[];
  context: Omit<PolicyContext, 'now'>;
}

// Built once per state object (the state is replaced, never mutated), not once per request.
const derivedOf = new WeakMap<PrivateState, Derived>();

/** The stored policy state, or the defaults for a wallet made before the rules. */
export function policyStateOf(state: PrivateState): PolicyState {
  return state.policy ?? newPolicyState(0);
}

function derive(state: PrivateState): Derived {
  let d = derivedOf.get(state);
  if (d) return d;
  const policy = policyStateOf(state);
  const book = createAddressBook(policy.contacts);
  const spends = deserialiseHistory(policy.spends);
  const decimals: Record<string, number> = {};
  for (const a of state.assets) decimals[assetKey(a.address, a.chainId)] = a.decimals;
  d = {
    ruleSet: policy.versions[policy.versions.length - 1]!.ruleSet,
    book,
    spends,
    context: {
      addressBook: book,
      history: spends,
      decimals,
      ...userSitesContext(policy.sites),
      connectedOrigins: Object.keys(state.sites),
      pastRecipients: [...new Set(state.activity.flatMap((a) => (a.to ? [a.to] : [])))],
      utcOffsetMinutes: -new Date().getTimezoneOffset(),
    },
  };
  derivedOf.set(state, d);
  return d;
}

function stateOf(ctx: WalletContext, session: Session): PrivateState {
  return readInWorker(ctx, session.state, 'the rules and their context');
}

/** The active rule set, the address book and the spends of the unlocked wallet. */
export function policyView(ctx: WalletContext): Derived & { policy: PolicyState } {
  const state = stateOf(ctx, requireUnlocked(ctx.session));
  return { ...derive(state), policy: policyStateOf(state) };
}

/** The verdict on `request` now; undefined while locked (the caller waits for the unlock first). */
export function decide(ctx: WalletContext, request: PolicyRequest): Evaluation | undefined {
  if (!ctx.session) return undefined;
  const d = derive(stateOf(ctx, ctx.session));
  return evaluate(d.ruleSet, request, { ...d.context, now: ctx.now() });
}

/**
 * A deny that depends on the origin alone (a phishing-list site, a deny rule on the origin): the
 * verdict for every request kind with nothing known but the origin is deny. Decided before any
 * window opens. A stricter answer than a full evaluation could give (a more specific allow rule
 * that needs the recipient cannot soften it here) — the safe direction.
 */
export function originDeny(ctx: WalletContext, origin: string): Evaluation | undefined {
  if (!ctx.session) return undefined;
  const d = derive(stateOf(ctx, ctx.session));
  const context = { ...d.context, now: ctx.now() };
  let first: Evaluation | undefined;
  for (const kind of REQUEST_KINDS) {
    const e = evaluate(d.ruleSet, { origin, kind }, context);
    if (e.verdict !== 'deny') return undefined;
    first ??= e;
  }
  return first;
}

/** The longest rolling window of a rule set, in ms (0 when it has none). */
export function longestWindowMs(ruleSet: RuleSet): number {
  return Math.max(0, ...ruleSet.rules.map((r) => (r.when.window ? durationMs(r.when.window.per) : 0)));
}

/** Replaces the policy state (one change, saved before it returns). */
export async function changePolicy(
  ctx: WalletContext,
  change: (policy: PolicyState, state: PrivateState) => PolicyState,
  why: string,
): Promise<PolicyState> {
  const session = requireUnlocked(ctx.session);
  let next: PolicyState | undefined;
  session.state = mapLabeled(session.state, (s) => {
    next = change(policyStateOf(s), s);
    return { ...s, policy: next };
  });
  await saveState(ctx, session, why);
  return next!;
}

export interface Spend {
  account: string;
  /** "ETH", "BTC", "LTC" or a token address. */
  asset: string;
  chainId?: number;
  amount: bigint;
}

/** Adds a broadcast send to the rolling history (pruned) and saves it; a locked wallet records nothing. */
export async function recordSpend(ctx: WalletContext, spend: Spend): Promise<void> {
  if (!ctx.session || spend.amount <= 0n) return;
  const now = ctx.now();
  await changePolicy(
    ctx,
    (policy) => {
      const ruleSet = policy.versions[policy.versions.length - 1]!.ruleSet;
      const keep = Math.max(KEEP_MS, longestWindowMs(ruleSet));
      const history = appendSpend(prune(deserialiseHistory(policy.spends), now, keep), {
        at: now,
        account: spend.account,
        asset: assetKey(spend.asset, spend.chainId),
        amount: spend.amount,
      });
      return { ...policy, spends: serialiseHistory(history.slice(-MAX_SPENDS)) };
    },
    'record a send for the rolling totals',
  );
}
