/**
 * A Bitcoin/Litecoin payment from the popup: review (coins found with the gap limit, change to the
 * next change address, the backend's fee rate, the card), then on approve each input's key is
 * derived at its coin's path, signs its BIP-143 digest through the `sign` declassifier, and the
 * transaction is broadcast (node: testmempoolaccept first). Reviewed plans live in memory for
 * this session only, and a plan is used once.
 */
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import type { UtxoBackend } from '../chains/utxo/backend';
import { backendOf, isUtxoNetworkId, type StoredBackend } from '../chains/utxo/backendSettings';
import { UTXO_NETWORKS, type UtxoNetworkId } from '../chains/utxo/networks';
import { attachSignatures, type Plan, planPayment, sighashesOf } from '../chains/utxo/transaction';
import { ProcedureError } from '../errors';
import { parseUnits } from '../markup/format';
import { utxoPaymentCard } from '../markup/utxoPayment';
import { labeled, mapLabeled } from '../ring';
import { recordActivity } from './activity';
import { signBip84Digests } from './bip84Sign';
import type { Session, WalletContext } from './context';
import { requireUnlocked } from './errors';
import { WALLET_ORIGIN } from './evmSend';
import { readInWorker } from './read';
import { recordSpend } from './rules';
import { accountAddresses, accountCoins, isSpendable } from './utxoAccount';

type Reviewed = {
  id: UtxoNetworkId;
  plan: Plan;
  paths: string[];
  backend: UtxoBackend;
  /** For Activity: who is paid, the card's first line, and which address the payment is from. */
  to: string;
  summary: string;
  from: string;
  /** For the rules' rolling totals. */
  amount: bigint;
};
const reviewed = new WeakMap<Session, Map<string, Reviewed>>();

export async function reviewSend(
  ctx: WalletContext,
  makeBackend: (stored: StoredBackend, id: UtxoNetworkId) => UtxoBackend,
  input: { asset: string; to: string; amount: string },
) {
  const session = requireUnlocked(ctx.session);
  if (!isUtxoNetworkId(input.asset))
    throw new ProcedureError(
      'INVALID_INPUT',
      'asset: Send from the popup supports Bitcoin and Litecoin networks',
    );
  const id = input.asset;
  const network = UTXO_NETWORKS[id];
  const stored = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => backendOf(s.utxoBackends, id)),
    'backend',
  );
  const backend = makeBackend(stored, id);
  const amount = parseUnits(input.amount, 8);
  const coins = await accountCoins(ctx, session, id, backend);
  const [changeAddress] = accountAddresses(ctx, session, id, 1, coins.nextChange, 1);
  const feeRate = await backend.feeRate();
  const spendable = coins.coins.filter(isSpendable);
  const plan = planPayment({
    network,
    utxos: spendable,
    to: input.to.trim(),
    amount,
    changeAddress: changeAddress!,
    feeRate,
  });
  const paths = plan.spent.map((u) => {
    const path = coins.pathOf.get((u as { address?: string }).address ?? '');
    if (!path) throw new ProcedureError('INTERNAL', 'a selected coin has no known path');
    return path;
  });
  const key = bytesToHex(randomBytes(8));
  const pending = reviewed.get(session) ?? new Map<string, Reviewed>();
  const c = utxoPaymentCard({
    symbol: network.symbol,
    network: network.name,
    to: input.to.trim(),
    amount,
    feeRate,
    changeAddress: changeAddress!,
    plan,
  });
  const first = plan.spent[0];
  const from =
    spendable.find((u) => u.txid === first?.txid && u.vout === first?.vout)?.address ?? changeAddress!;
  const summary = c.summary[0] ?? `Send ${network.symbol}`;
  pending.set(key, { id, plan, paths, backend, to: input.to.trim(), summary, from, amount });
  reviewed.set(session, pending);
  return labeled('private', { id: key, card: c });
}

export async function confirmSend(ctx: WalletContext, key: string, decision: 'approve' | 'reject') {
  const session = requireUnlocked(ctx.session);
  const entry = reviewed.get(session)?.get(key);
  if (!entry) throw new ProcedureError('NOT_PENDING', 'This payment is no longer waiting: review it again');
  reviewed.get(session)!.delete(key);
  if (decision === 'reject') return labeled('private', { status: 'rejected' as const });
  const network = UTXO_NETWORKS[entry.id];
  const digests = sighashesOf(entry.plan);
  const signatures = signBip84Digests(
    ctx,
    session,
    entry.paths.map((path, i) => ({ path, digest: digests[i]! })),
    `${network.name} payment`,
  );
  const { hex } = attachSignatures(entry.plan, signatures);
  const txid = await entry.backend.broadcast(hex);
  ctx.ring.audit.append({ kind: 'utxo-sent', detail: `${network.name} ${txid}` });
  await recordActivity(ctx, {
    hash: txid,
    utxoNetwork: entry.id,
    network: network.name,
    currency: network.symbol,
    from: entry.from,
    to: entry.to,
    summary: entry.summary,
    origin: WALLET_ORIGIN,
    status: 'pending',
    submittedAt: ctx.now(),
  });
  // Counted in the rules' rolling totals under the account's first receive address (its name there).
  const [account] = accountAddresses(ctx, session, entry.id, 0, 0, 1);
  await recordSpend(ctx, { account: account!, asset: network.symbol, amount: entry.amount });
  return labeled('private', { status: 'sent' as const, txid });
}
