/**
 * The ring's side of the Rules and Address book screens (src/rpc/procedures/rules.ts,
 * addressBook.ts): every change goes through createActiveRules or the address book's own checks,
 * so a refused file or contact changes nothing; every accepted change is a new version (or contact
 * change) in the private state and an entry in the hash-chained audit log.
 *
 *   await saveRules(ctx, { json, why: 'family rules' });   // RulesView, or RuleSetError naming the field
 *   askRules(ctx, 31337, { origin: 'https://app.example', kind: 'send', to, amount: '2' });
 */
import { ProcedureError } from '../errors';
import { parseUnits } from '../markup/format';
import {
  createActiveRules,
  diff,
  type Evaluation,
  evaluate,
  parseContact,
  parsePolicyAddress,
  REQUEST_KINDS,
  type RequestKind,
  type Rule,
  type RuleVersion,
  verdictView,
  verifyHistory,
} from '../policy';
import { NATIVE_DECIMALS } from '../policy/request';
import { versionOf } from '../policy/versions';
import { labeled, mapLabeled } from '../ring';
import { selectedAccount } from './accountList';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import type { PolicyState } from './policyState';
import { readInWorker } from './read';
import { changePolicy, policyView } from './rules';

const activeOf = (policy: PolicyState) => policy.versions[policy.versions.length - 1]!;

/** "eth-daily: More than 1 ETH a day needs my password → confirm-with-password (final)". */
export function ruleLine(rule: Rule): string {
  const what = rule.description ?? `when ${JSON.stringify(rule.when)}`;
  return `${rule.id}: ${what} → ${rule.then}${rule.final ? ' (final)' : ''}`;
}

function rulesView(version: RuleVersion) {
  const signer = /signed by (0x[0-9a-fA-F]{40})/.exec(version.why)?.[1];
  return labeled('private', {
    n: version.n,
    name: version.ruleSet.name ?? '',
    lines: version.ruleSet.rules.map(ruleLine),
    json: JSON.stringify(version.ruleSet, null, 2),
    ...(signer ? { signer } : {}),
  });
}

export const getRules = (ctx: WalletContext) => rulesView(activeOf(policyView(ctx).policy));

function audited(ctx: WalletContext, version: RuleVersion) {
  ctx.ring.audit.append({
    kind: 'rules-changed',
    detail: `version ${version.n}: ${version.why}`.slice(0, 300),
  });
}

export async function saveRules(ctx: WalletContext, input: { json: string; why?: string }) {
  const why = input.why?.trim() || 'edited on the Rules screen';
  // Parsed and verified completely before anything changes (throws RuleSetError with the field's path).
  const rules = createActiveRules({ history: policyView(ctx).policy.versions });
  const { version } = rules.importRuleSet(input.json, { at: ctx.now(), why });
  await changePolicy(ctx, (p) => ({ ...p, versions: [...rules.history()] }), 'save the rules');
  audited(ctx, version);
  return rulesView(version);
}

export function getRuleHistory(ctx: WalletContext) {
  const { versions } = policyView(ctx).policy;
  return labeled('private', {
    versions: versions.map((x) => ({
      n: x.n,
      at: x.at,
      why: x.why,
      hash: x.hash,
      rules: x.ruleSet.rules.length,
    })),
    intact: verifyHistory(versions).ok,
  });
}

function numbered<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw new ProcedureError('INVALID_INPUT', e.message);
    throw e;
  }
}

export function diffRuleVersions(ctx: WalletContext, { a, b }: { a: number; b: number }) {
  const { versions } = policyView(ctx).policy;
  return numbered(() =>
    labeled('private', diff(versionOf(versions, a).ruleSet, versionOf(versions, b).ruleSet)),
  );
}

export async function rollbackRules(ctx: WalletContext, { n }: { n: number }) {
  const rules = createActiveRules({ history: policyView(ctx).policy.versions });
  const version = numbered(() => rules.rollback(n, { at: ctx.now() }));
  await changePolicy(ctx, (p) => ({ ...p, versions: [...rules.history()] }), 'roll the rules back');
  audited(ctx, version);
  return rulesView(version);
}

export interface AskInput {
  origin: string;
  kind: string;
  to?: string;
  asset?: string;
  amount?: string;
  chainId?: number;
}

/** The verdict a request like this would get now: evaluated like a real one, signs and opens nothing. */
export function askRules(ctx: WalletContext, selected: { chainId: number; symbol: string }, input: AskInput) {
  const session = requireUnlocked(ctx.session);
  if (!(REQUEST_KINDS as readonly string[]).includes(input.kind))
    throw new ProcedureError('INVALID_INPUT', `kind: expected one of ${REQUEST_KINDS.join(', ')}`);
  const asset = input.asset?.trim() || (input.amount ? selected.symbol : undefined);
  const utxo = asset === 'BTC' || asset === 'LTC';
  const chainId = input.chainId ?? (utxo ? undefined : selected.chainId);
  const { account, decimals } = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => ({
      account: selectedAccount(s.accounts)?.address,
      decimals: s.assets.find((a) => a.address.toLowerCase() === asset?.toLowerCase())?.decimals,
    })),
    'ask the rules',
  );
  const places = asset === undefined ? undefined : (NATIVE_DECIMALS[asset.toUpperCase()] ?? decimals);
  if (input.amount && places === undefined)
    throw new ProcedureError(
      'INVALID_INPUT',
      `asset: the decimals of ${asset} are unknown (watch the token first)`,
    );
  const to = input.to?.trim();
  const d = policyView(ctx);
  const evaluation: Evaluation = evaluate(
    d.ruleSet,
    {
      origin: input.origin.trim(),
      kind: input.kind as RequestKind,
      ...(chainId !== undefined ? { chainId } : {}),
      ...(account && !utxo ? { account } : {}),
      ...(to ? { recipient: parsePolicyAddress(to, 'to') } : {}),
      ...(asset ? { asset } : {}),
      ...(input.amount ? { amount: parseUnits(input.amount, places!, 'amount') } : {}),
    },
    { ...d.context, now: ctx.now() },
  );
  ctx.ring.audit.append({
    kind: 'policy-asked',
    detail: `${input.origin.slice(0, 200)} ${input.kind}: ${evaluation.verdict} (dry run)`,
  });
  // Unlike the card's policy (the card has its own `risks`), askRules also returns the risk codes
  // the rules saw (docs/procedures.md).
  return labeled('private', { ...verdictView(evaluation), risks: evaluation.risks });
}

const bookView = (contacts: PolicyState['contacts']) =>
  labeled('private', {
    contacts: contacts.map((c) => ({ name: c.name, address: c.address, tags: [...c.tags] })),
  });

export const getAddressBook = (ctx: WalletContext) => bookView(policyView(ctx).policy.contacts);

export async function addContact(
  ctx: WalletContext,
  input: { name: string; address: string; tags?: string[] },
) {
  const contact = parseContact({
    ...input,
    tags: (input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean),
  });
  const book = policyView(ctx).book.with(contact);
  const next = await changePolicy(ctx, (p) => ({ ...p, contacts: [...book.contacts] }), 'add a contact');
  ctx.ring.audit.append({ kind: 'contact-added', detail: `${contact.name} ${contact.address}` });
  return bookView(next.contacts);
}

export async function removeContact(ctx: WalletContext, { address }: { address: string }) {
  const view = policyView(ctx);
  const known = view.book.lookup(address.trim());
  if (!known) throw new ProcedureError('INVALID_INPUT', 'address: not in the address book');
  const book = view.book.without(known.address);
  const next = await changePolicy(ctx, (p) => ({ ...p, contacts: [...book.contacts] }), 'remove a contact');
  ctx.ring.audit.append({ kind: 'contact-removed', detail: `${known.name} ${known.address}` });
  return bookView(next.contacts);
}
