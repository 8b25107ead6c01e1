import { describe, expect, it } from 'vitest';
import type { FeeChoice } from '../../../src/markup/card';
import { feeDraft, feeState, maxCostFor } from './fees';

const eip1559: FeeChoice = {
  type: 'eip1559',
  maxFeePerGasGwei: '20',
  maxPriorityFeePerGasGwei: '1.5',
  gasLimit: '21000',
  maxCost: '0.00042 ETH',
};
const legacy: FeeChoice = { type: 'legacy', gasPriceGwei: '10', gasLimit: '0x5208', maxCost: '0.00021 ETH' };

describe('feeState', () => {
  it('sends the suggested fees unchanged', () => {
    expect(feeState(eip1559, feeDraft(eip1559))).toEqual({
      edited: false,
      problem: null,
      input: { maxFeePerGasGwei: '20', maxPriorityFeePerGasGwei: '1.5' },
    });
  });

  it('sends only the gas price of a legacy card', () => {
    const state = feeState(legacy, { ...feeDraft(legacy), gasPrice: ' 12.5 ' });
    expect(state).toEqual({ edited: true, problem: null, input: { gasPriceGwei: '12.5' } });
  });

  it('names the field that is not gwei, and sends nothing', () => {
    const state = feeState(eip1559, { ...feeDraft(eip1559), maxFee: '1e9' });
    expect(state.problem).toEqual({ field: 'maxFee', reason: 'not-gwei', got: '1e9' });
    expect(state.input).toBeUndefined();
  });

  it('quotes at most 20 characters of what was typed', () => {
    const state = feeState(eip1559, { ...feeDraft(eip1559), priorityFee: 'x'.repeat(500) });
    expect(state.problem).toEqual({ field: 'priorityFee', reason: 'not-gwei', got: 'x'.repeat(20) });
  });

  it('refuses more than 9 places (below one wei)', () => {
    expect(feeState(legacy, { ...feeDraft(legacy), gasPrice: '1.0000000001' }).problem).toEqual({
      field: 'gasPrice',
      reason: 'not-gwei',
      got: '1.0000000001',
    });
  });

  it('refuses a priority fee above the max fee (EIP-1559)', () => {
    const state = feeState(eip1559, { ...feeDraft(eip1559), priorityFee: '20.000000001' });
    expect(state.problem).toEqual({ field: 'priorityFee', reason: 'above-max-fee' });
  });
});

describe('maxCostFor', () => {
  it('is gas limit × max fee in the native coin', () => {
    expect(maxCostFor(eip1559, { ...feeDraft(eip1559), maxFee: '30' })).toBe('0.00063 ETH');
    expect(maxCostFor(legacy, feeDraft(legacy))).toBe('0.00021 ETH');
  });

  it('gives up on a draft or a card it cannot read', () => {
    expect(maxCostFor(eip1559, { ...feeDraft(eip1559), maxFee: 'x' })).toBeUndefined();
    expect(maxCostFor({ ...eip1559, maxCost: 'about 1 ETH' }, feeDraft(eip1559))).toBeUndefined();
    expect(maxCostFor({ ...eip1559, gasLimit: 'lots' }, feeDraft(eip1559))).toBeUndefined();
  });
});
