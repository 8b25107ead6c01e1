/**
 * The simulation block of a transaction card: what the selected network's own node says the
 * transaction does to the user's balances (eth_simulateV1 with traceTransfers), as lines a person
 * reads — "You send 1 ETH", "You receive 250 USDC", "You allow 0x… to spend …".
 *
 *   const section = await simulationSection(result, account, facts);
 */
import type { Simulation } from './card';
import type { ChainFacts } from './facts';
import { formatAmount, formatUnits, shortAddress } from './format';

export interface SimulatedTransfer {
  asset: 'native' | string;
  from: string;
  to: string;
  amount: bigint;
}

export interface SimulatedApproval {
  token: string;
  owner: string;
  spender: string;
  /** ERC-20 allowance; undefined for ApprovalForAll. */
  amount?: bigint;
  /** ApprovalForAll: true grants, false revokes. */
  approved?: boolean;
}

export interface SimulationInput {
  status: Simulation['status'];
  transfers: readonly SimulatedTransfer[];
  approvals?: readonly SimulatedApproval[];
  detail?: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function unitOf(asset: string, facts: ChainFacts): Promise<{ symbol: string; decimals: number }> {
  if (asset === 'native') return { symbol: facts.nativeSymbol, decimals: facts.nativeDecimals };
  const info = await facts.token(asset);
  return info ?? { symbol: `units of ${shortAddress(asset)}`, decimals: 0 };
}

export async function simulationSection(
  result: SimulationInput,
  account: string,
  facts: ChainFacts,
): Promise<Simulation> {
  if (result.status === 'unsupported') return { status: 'unsupported', changes: [] };
  if (result.status === 'failed' || result.status === 'reverted')
    return { status: result.status, changes: [], ...(result.detail ? { detail: result.detail } : {}) };
  const net = new Map<string, bigint>();
  for (const t of result.transfers) {
    const key = t.asset === 'native' ? 'native' : t.asset.toLowerCase();
    let delta = 0n;
    if (same(t.from, account)) delta -= t.amount;
    if (same(t.to, account)) delta += t.amount;
    if (delta !== 0n || same(t.from, account) || same(t.to, account))
      net.set(key, (net.get(key) ?? 0n) + delta);
  }
  const changes: string[] = [];
  for (const [asset, delta] of net) {
    if (delta === 0n) continue;
    const { symbol, decimals } = await unitOf(asset, facts);
    const amount = formatUnits(delta < 0n ? -delta : delta, decimals);
    changes.push(delta < 0n ? `You send ${amount} ${symbol}` : `You receive ${amount} ${symbol}`);
  }
  for (const a of result.approvals ?? []) {
    if (!same(a.owner, account)) continue;
    const spender = facts.nameOf(a.spender) ?? shortAddress(a.spender);
    const { symbol, decimals } = await unitOf(a.token, facts);
    if (a.amount === undefined)
      changes.push(
        a.approved
          ? `You let ${spender} move all your ${symbol} tokens`
          : `You take back ${spender}'s control over your ${symbol} tokens`,
      );
    else if (a.amount === 0n) changes.push(`You revoke ${spender}'s allowance for ${symbol}`);
    else changes.push(`You allow ${spender} to spend ${formatAmount(a.amount, decimals, symbol)}`);
  }
  if (changes.length === 0) changes.push('No balance changes for your account');
  return { status: 'ok', changes };
}
