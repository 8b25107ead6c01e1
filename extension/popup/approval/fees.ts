/**
 * The fee editor of a transaction card: the user's draft of the EIP-1559 max fee and priority fee
 * (https://eips.ethereum.org/EIPS/eip-1559), or of a legacy gas price, as decimal gwei text.
 *
 *   const draft = feeDraft(card.fees);                 // prefilled from the ring's card
 *   const state = feeState(card.fees, editedDraft);    // { edited, problem, input }
 *   call(resolveApproval, { id, decision: 'approve', fees: state.input });
 */
import type { FeeChoice } from '../../../src/markup/card';
import { formatUnits, parseUnits } from '../../../src/markup/format';

export interface FeeDraft {
  maxFee: string;
  priorityFee: string;
  gasPrice: string;
}

export interface FeeInput {
  maxFeePerGasGwei?: string;
  maxPriorityFeePerGasGwei?: string;
  gasPriceGwei?: string;
}

/** A field of the draft, as the editor names it. */
export type FeeField = keyof FeeDraft;

/** What is wrong with a draft, naming the field; the editor says it in the user's language. */
export type FeeProblem =
  | { field: FeeField; reason: 'not-gwei'; got: string }
  | { field: 'priorityFee'; reason: 'above-max-fee' };

export interface FeeState {
  /** The user changed a field from the ring's suggestion. */
  edited: boolean;
  /** What is wrong with the draft; null when it can be sent. */
  problem: FeeProblem | null;
  /** What to send as `fees` on approve; undefined when there is nothing valid to send. */
  input: FeeInput | undefined;
}

/** The same rule as the ring's Gwei schema (approvals.ts): at most 9 places, i.e. whole wei. */
const GWEI = /^\d{1,12}(\.\d{1,9})?$/;
const GWEI_DECIMALS = 9;
/** EVM native coins have 18 decimals (EIP-3085 wallets require it for added chains). */
const NATIVE_DECIMALS = 18;

export function feeDraft(fees: FeeChoice): FeeDraft {
  return {
    maxFee: fees.maxFeePerGasGwei ?? '',
    priorityFee: fees.maxPriorityFeePerGasGwei ?? '',
    gasPrice: fees.gasPriceGwei ?? '',
  };
}

function gweiProblem(field: FeeField, draft: FeeDraft): FeeProblem | null {
  const value = draft[field];
  return GWEI.test(value.trim()) ? null : { field, reason: 'not-gwei', got: value.slice(0, 20) };
}

export function feeProblem(type: FeeChoice['type'], draft: FeeDraft): FeeProblem | null {
  if (type === 'legacy') return gweiProblem('gasPrice', draft);
  const problem = gweiProblem('maxFee', draft) ?? gweiProblem('priorityFee', draft);
  if (problem) return problem;
  // EIP-1559 requires max_priority_fee_per_gas <= max_fee_per_gas; nodes refuse the transaction otherwise.
  if (parseUnits(draft.priorityFee, GWEI_DECIMALS) > parseUnits(draft.maxFee, GWEI_DECIMALS))
    return { field: 'priorityFee', reason: 'above-max-fee' };
  return null;
}

export function feeState(fees: FeeChoice, draft: FeeDraft): FeeState {
  const suggested = feeDraft(fees);
  const edited =
    fees.type === 'legacy'
      ? draft.gasPrice.trim() !== suggested.gasPrice
      : draft.maxFee.trim() !== suggested.maxFee || draft.priorityFee.trim() !== suggested.priorityFee;
  const problem = feeProblem(fees.type, draft);
  let input: FeeInput | undefined;
  if (!problem)
    input =
      fees.type === 'legacy'
        ? { gasPriceGwei: draft.gasPrice.trim() }
        : { maxFeePerGasGwei: draft.maxFee.trim(), maxPriorityFeePerGasGwei: draft.priorityFee.trim() };
  return { edited, problem, input };
}

/**
 * The most the draft can cost (gas limit × max fee per gas), in the unit of the card's own
 * maxCost ("0.00042 ETH"); undefined when the draft or the card's numbers cannot be read.
 */
export function maxCostFor(fees: FeeChoice, draft: FeeDraft): string | undefined {
  const symbol = /^[\d.]+ (\S+)$/.exec(fees.maxCost)?.[1];
  if (!symbol || feeProblem(fees.type, draft)) return undefined;
  let gas: bigint;
  try {
    gas = BigInt(fees.gasLimit); // decimal or 0x-hex
  } catch {
    return undefined;
  }
  const perGas = parseUnits(fees.type === 'legacy' ? draft.gasPrice : draft.maxFee, GWEI_DECIMALS);
  return `${formatUnits(gas * perGas, NATIVE_DECIMALS)} ${symbol}`;
}
