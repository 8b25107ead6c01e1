/**
 * From a dapp's transaction request to a mined hash, through the user: fill in what the dapp left
 * out from the chain (nonce, EIP-1559 fees from eth_feeHistory or a legacy gas price, a gas
 * estimate with margin), simulate it on the selected network's own node (eth_simulateV1), build
 * the card, then — once approved — apply the user's fee edits, sign in the ring, broadcast.
 *
 *   const prepared = await prepareTransaction(ctx, network, request);
 *   const hash = await sendPrepared(ctx, network, prepared, answer.fees);
 *
 * The popup's own Send (src/wallet/evmSend.ts) goes through these same two functions, with the
 * wallet as the origin and its own signer (no site grant is involved there). After the broadcast,
 * a send is counted in the rules' rolling totals (src/wallet/rules.ts), for both.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  type EvmTransaction,
  estimateGas,
  nextNonce,
  serializeSigned,
  signingHash,
  simulateTransaction,
  suggestFees,
} from '../../chains/evm';
import type { Network } from '../../chains/evm/networks';
import { ErrorCode, RpcError } from '../../errors';
import { type Card, type FeeChoice, formatUnits, parseUnits, risk, transactionCard } from '../../markup';
import { simulationSection } from '../../markup/simulation';
import type { Labeled, RecoverableSignature } from '../../ring';
import { labeled, mapLabeled, networkSink } from '../../ring';
import type { ApprovalAnswer } from '../approvals';
import { cardBase } from './cardBase';
import { chainFacts } from './facts';
import { type PolicyFacts, transactionFacts } from './policyRequest';
import { watchTokenSeenInTransfer } from './tokensSeen';
import type { TxRequest } from './txRequest';
import type { TxFlowContext } from './types';

export interface PreparedTransaction {
  tx: EvmTransaction;
  card: Card;
  /** What the rules see beyond the card (recipient, asset, amount…), and what a send adds to the rolling totals. */
  facts: PolicyFacts;
}

const GWEI = 9;
const hex = (n: bigint) => `0x${n.toString(16)}`;
const gwei = (n: bigint) => formatUnits(n, GWEI);

function callOf(req: TxRequest) {
  return {
    from: req.from,
    ...(req.to ? { to: req.to } : {}),
    value: hex(req.value),
    data: `0x${bytesToHex(req.data)}`,
  };
}

function feeChoice(tx: EvmTransaction, symbol: string, decimals: number): FeeChoice {
  const perGas = tx.type === 'eip1559' ? tx.maxFeePerGas : tx.gasPrice;
  const maxCost = `${formatUnits(perGas * tx.gas, decimals)} ${symbol}`;
  return tx.type === 'eip1559'
    ? {
        type: 'eip1559',
        maxFeePerGasGwei: gwei(tx.maxFeePerGas),
        maxPriorityFeePerGasGwei: gwei(tx.maxPriorityFeePerGas),
        gasLimit: tx.gas.toString(),
        maxCost,
      }
    : { type: 'legacy', gasPriceGwei: gwei(tx.gasPrice), gasLimit: tx.gas.toString(), maxCost };
}

export async function prepareTransaction(
  ctx: TxFlowContext,
  network: Network,
  req: TxRequest,
  raw: unknown,
): Promise<PreparedTransaction> {
  const { rpc } = ctx.deps;
  const url = network.rpcUrl;
  const call = callOf(req);
  const risks = [];
  const [nonce, fees, simulated] = await Promise.all([
    req.nonce ?? nextNonce(rpc, url, req.from),
    suggestFees(rpc, url),
    simulateTransaction(rpc, url, call),
  ]);
  let gas = req.gas;
  if (gas === undefined) {
    try {
      gas = await estimateGas(rpc, url, call);
    } catch (error) {
      gas = 500_000n;
      risks.push(
        risk(
          'will-fail',
          'danger',
          `The network expects this transaction to fail: ${(error as Error).message.slice(0, 200)}`,
        ),
      );
    }
  }
  const common = {
    chainId: network.chainId,
    nonce,
    gas,
    value: req.value,
    data: req.data,
    ...(req.to ? { to: req.to as `0x${string}` } : {}),
  };
  const legacy = req.gasPrice !== undefined || fees.type === 'legacy';
  const tx: EvmTransaction = legacy
    ? {
        type: 'legacy',
        ...common,
        gasPrice: req.gasPrice ?? (fees.type === 'legacy' ? fees.gasPrice : fees.maxFeePerGas),
      }
    : {
        type: 'eip1559',
        ...common,
        maxFeePerGas: req.maxFeePerGas ?? (fees.type === 'eip1559' ? fees.maxFeePerGas : 0n),
        maxPriorityFeePerGas:
          req.maxPriorityFeePerGas ?? (fees.type === 'eip1559' ? fees.maxPriorityFeePerGas : 0n),
      };
  const facts = chainFacts(ctx, network);
  const base = await cardBase(ctx, raw, req.from);
  const card = await transactionCard(
    {
      from: req.from,
      ...(req.to ? { to: req.to } : {}),
      value: req.value,
      data: req.data,
      chainId: network.chainId,
    },
    base,
    facts,
  );
  card.simulation = await simulationSection(simulated, req.from, facts);
  if (simulated.status === 'reverted')
    risks.push(
      risk(
        'simulation-reverted',
        'danger',
        `The simulation reverted: ${simulated.detail ?? 'no reason given'}. Approving will likely waste the fee.`,
      ),
    );
  card.risks = [...risks, ...card.risks];
  card.fees = feeChoice(tx, network.symbol, network.decimals);
  return { tx, card, facts: transactionFacts(req, network.symbol) };
}

/** The user's fee edits, bounded: a fee the user typed must still cover the priority fee. */
export function applyFees(tx: EvmTransaction, fees: ApprovalAnswer['fees']): EvmTransaction {
  if (!fees) return tx;
  const read = (text: string | undefined, what: string) =>
    text === undefined ? undefined : parseUnits(text, GWEI, what);
  if (tx.type === 'legacy')
    return { ...tx, gasPrice: read(fees.gasPriceGwei, 'fees.gasPriceGwei') ?? tx.gasPrice };
  const maxFeePerGas = read(fees.maxFeePerGasGwei, 'fees.maxFeePerGasGwei') ?? tx.maxFeePerGas;
  const maxPriorityFeePerGas =
    read(fees.maxPriorityFeePerGasGwei, 'fees.maxPriorityFeePerGasGwei') ?? tx.maxPriorityFeePerGas;
  if (maxPriorityFeePerGas > maxFeePerGas)
    throw new RpcError(ErrorCode.invalidParams, 'fees: the priority fee cannot exceed the max fee');
  return { ...tx, maxFeePerGas, maxPriorityFeePerGas };
}

/** Signs a transaction's digest in the ring; the dapp path's default checks the origin's grant. */
export type TxSigner = (from: string, digest: Uint8Array) => Labeled<RecoverableSignature>;

export interface SendOptions {
  /** EIP-5792 batch the transaction belongs to. */
  batchId?: string;
  signer?: TxSigner;
  /** What the transaction sends, for Activity (default: the network's coin). */
  currency?: string;
}

/** Signs in the ring (declassifier `sign`, audited with the origin) and broadcasts; returns the hash. */
export async function sendPrepared(
  ctx: TxFlowContext,
  network: Network,
  prepared: PreparedTransaction,
  fees: ApprovalAnswer['fees'],
  { batchId, signer, currency }: SendOptions = {},
): Promise<string> {
  const tx = applyFees(prepared.tx, fees);
  const from = prepared.card.account ?? '';
  const sign: TxSigner =
    signer ?? ((account, digest) => ctx.deps.wallet.sign(ctx.origin, account, digest, 'eth_sendTransaction'));
  const signature = sign(from, signingHash(tx));
  const raw = mapLabeled(signature, (sig) => serializeSigned(tx, sig));
  let rawHex = '';
  ctx.deps.ring.emit(
    networkSink((value) => (rawHex = value as string)),
    raw,
  );
  const hash = (await ctx.deps.rpc(network.rpcUrl, 'eth_sendRawTransaction', [rawHex])) as string;
  await ctx.deps.wallet.recordActivity({
    hash,
    chainId: network.chainId,
    network: network.name,
    currency: currency ?? network.symbol,
    from,
    ...(tx.to ? { to: tx.to } : {}),
    summary: prepared.card.summary[0] ?? 'Transaction',
    origin: ctx.origin,
    status: 'pending',
    submittedAt: ctx.deps.now(),
    ...(batchId ? { batchId } : {}),
  });
  // Tokens "seen in the wallet's own transfers" join the portfolio; a failure here costs nothing.
  await watchTokenSeenInTransfer(ctx.deps.rpc, ctx.deps.wallet, network, tx).catch(() => {});
  // The rolling totals count what was broadcast (with the user's fee edits, not a fee: value only).
  const { kind, asset, amount } = prepared.facts;
  if (kind === 'send' && asset !== undefined && amount !== undefined)
    await ctx.deps.wallet.recordSpend({ account: from, asset, chainId: network.chainId, amount });
  return hash;
}

export const labeledHash = (hash: string) => labeled('public', hash);
