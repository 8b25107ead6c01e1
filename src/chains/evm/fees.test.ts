import { describe, expect, it } from 'vitest';
import { RpcError } from '../../errors';
import { ANVIL_ACCOUNTS, startAnvil, waitForReceipt } from '../../testing/anvil';
import { anvilPerFile } from '../../testing/anvilPerFile';
import { estimateGas, nextNonce, suggestFees } from './fees';
import { type Hex, parseQuantity, toQuantity } from './hex';
import type { JsonRpcCall } from './jsonRpc';

const chain = anvilPerFile();
const GWEI = 10n ** 9n;
const [alice, bob] = [ANVIL_ACCOUNTS[0]!.address, ANVIL_ACCOUNTS[1]!.address];

/** A node that answers only the listed methods; anything else is "method not found". */
function fakeNode(answers: Record<string, unknown>): JsonRpcCall {
  return async (_url, method) => {
    if (!(method in answers)) throw new RpcError(-32601, `the method ${method} does not exist`);
    const answer = answers[method];
    if (answer instanceof Error) throw answer;
    return answer;
  };
}

describe('suggestFees on anvil', () => {
  it('a quiet chain: the next base fee, the node tip (1 gwei), maxFee = 2 × base + tip', async () => {
    const { rpc, url } = chain();
    const history = (await rpc(url, 'eth_feeHistory', ['0xa', 'latest', [50]])) as { baseFeePerGas: Hex[] };
    const fees = await suggestFees(rpc, url);
    const base = parseQuantity(history.baseFeePerGas.at(-1), 'next base fee');
    expect(fees).toEqual({
      type: 'eip1559',
      baseFeePerGas: base,
      maxPriorityFeePerGas: GWEI,
      maxFeePerGas: 2n * base + GWEI,
    });
  });

  it('after blocks with transactions tipping 3 gwei, suggests the median tip: 3 gwei', async () => {
    const { rpc, url } = chain();
    for (let i = 0; i < 3; i++) {
      const hash = (await rpc(url, 'eth_sendTransaction', [
        {
          from: alice,
          to: bob,
          value: '0x1',
          maxPriorityFeePerGas: toQuantity(3n * GWEI),
          maxFeePerGas: toQuantity(50n * GWEI),
        },
      ])) as Hex;
      await waitForReceipt(rpc, url, hash);
    }
    const fees = await suggestFees(rpc, url);
    expect(fees.type === 'eip1559' && fees.maxPriorityFeePerGas).toBe(3n * GWEI);
  });

  it('a pre-London chain (anvil --hardfork berlin): legacy eth_gasPrice', async () => {
    const berlin = await startAnvil({ args: ['--hardfork', 'berlin'] });
    try {
      const gasPrice = parseQuantity(await berlin.rpc(berlin.url, 'eth_gasPrice', []), 'gasPrice');
      expect(await suggestFees(berlin.rpc, berlin.url)).toEqual({ type: 'legacy', gasPrice });
    } finally {
      await berlin.stop();
    }
  });
});

describe('suggestFees fallbacks (scripted node)', () => {
  const block = { baseFeePerGas: toQuantity(10n * GWEI) };

  it('no eth_feeHistory and no eth_maxPriorityFeePerGas: latest base fee and a 1 gwei tip', async () => {
    const fees = await suggestFees(fakeNode({ eth_getBlockByNumber: block }), 'x');
    expect(fees).toEqual({
      type: 'eip1559',
      baseFeePerGas: 10n * GWEI,
      maxPriorityFeePerGas: GWEI,
      maxFeePerGas: 21n * GWEI,
    });
  });

  it('busy blocks that paid no tip: at least 1 wei', async () => {
    const history = { baseFeePerGas: ['0x1', '0x2'], gasUsedRatio: [0.5], reward: [['0x0']] };
    const fees = await suggestFees(fakeNode({ eth_getBlockByNumber: block, eth_feeHistory: history }), 'x');
    expect(fees).toEqual({ type: 'eip1559', baseFeePerGas: 2n, maxPriorityFeePerGas: 1n, maxFeePerGas: 5n });
  });

  it('the median ignores empty blocks', async () => {
    const history = {
      baseFeePerGas: ['0x1', '0x1', '0x1', '0x1', '0x1'],
      gasUsedRatio: [0, 0.9, 0.2, 0.4],
      reward: [['0x0'], ['0x5'], ['0x1'], ['0x9']],
    };
    const fees = await suggestFees(fakeNode({ eth_getBlockByNumber: block, eth_feeHistory: history }), 'x');
    expect(fees.type === 'eip1559' && fees.maxPriorityFeePerGas).toBe(5n);
  });

  it('a malformed answer is an error naming it', async () => {
    await expect(suggestFees(fakeNode({ eth_getBlockByNumber: { baseFeePerGas: 12 } }), 'x')).rejects.toThrow(
      'latest block baseFeePerGas: expected a 0x-prefixed hex quantity, got number 12',
    );
  });
});

describe('estimateGas', () => {
  it('a plain transfer on anvil is exactly 21000 (no margin: "send max" needs the exact fee)', async () => {
    const { rpc, url } = chain();
    expect(await estimateGas(rpc, url, { from: alice, to: bob, value: 10n ** 18n })).toBe(21_000n);
  });

  it('calldata gets the 20% margin, rounded up', async () => {
    const { rpc, url } = chain();
    const call = { from: alice, to: bob, data: '0x12345678' };
    const node = parseQuantity(await rpc(url, 'eth_estimateGas', [call]), 'estimate');
    expect(node).toBeGreaterThan(21_000n);
    expect(await estimateGas(rpc, url, call)).toBe((node * 12n + 9n) / 10n);
    expect(await estimateGas(fakeNode({ eth_estimateGas: '0x3' }), 'x', { data: '0x00' })).toBe(21_000n);
    expect(
      await estimateGas(fakeNode({ eth_estimateGas: toQuantity(100_001n) }), 'x', { data: '0x00' }),
    ).toBe(120_002n);
  });

  it('passes the node error through (a reverting call)', async () => {
    const node = fakeNode({ eth_estimateGas: new RpcError(3, 'execution reverted: nope') });
    await expect(estimateGas(node, 'x', { to: bob, data: '0x00' })).rejects.toThrow(
      'execution reverted: nope',
    );
  });
});

describe('nextNonce', () => {
  it('counts pending transactions, not only mined ones', async () => {
    const { rpc, url } = chain();
    const carol = ANVIL_ACCOUNTS[3]!.address;
    const start = await nextNonce(rpc, url, carol);
    await rpc(url, 'evm_setAutomine', [false]);
    try {
      await rpc(url, 'eth_sendTransaction', [{ from: carol, to: bob, value: '0x1' }]);
      const latest = parseQuantity(await rpc(url, 'eth_getTransactionCount', [carol, 'latest']), 'latest');
      expect(latest).toBe(start);
      expect(await nextNonce(rpc, url, carol)).toBe(start + 1n);
    } finally {
      await rpc(url, 'evm_setAutomine', [true]);
      await rpc(url, 'evm_mine', []);
    }
    expect(await nextNonce(rpc, url, carol)).toBe(start + 1n);
  });

  it('names a bad address', async () => {
    await expect(nextNonce(chain().rpc, chain().url, '0x12')).rejects.toThrow(/^address: expected a 20-byte/);
  });
});
