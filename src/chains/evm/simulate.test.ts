import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, RpcError } from '../../errors';
import { ANVIL_ACCOUNTS } from '../../testing/anvil';
import { anvilPerFile } from '../../testing/anvilPerFile';
import { deployContract, testContracts } from '../../testing/contracts';
import { encodeCall, SELECTORS, selectorOf } from './abi';
import type { Address } from './address';
import { parseQuantity } from './hex';
import type { JsonRpcCall } from './jsonRpc';
import { balanceChanges, revertReason, simulateTransaction } from './simulate';

const chain = anvilPerFile();
const ETH = 10n ** 18n;
const alice = ANVIL_ACCOUNTS[0]!.address;
const bob = ANVIL_ACCOUNTS[1]!.address;
const nobody = ANVIL_ACCOUNTS[9]!.address;
let token: Address;
let reverter: Address;

beforeAll(async () => {
  const { TestToken, Reverter } = await testContracts();
  token = await deployContract(chain().rpc, chain().url, alice, TestToken.bytecode, [1000n * ETH]);
  reverter = await deployContract(chain().rpc, chain().url, alice, Reverter.bytecode);
}, 120_000);

const balance = async (a: Address) =>
  parseQuantity(await chain().rpc(chain().url, 'eth_getBalance', [a, 'latest']), 'balance');

describe('simulateTransaction on anvil', () => {
  it('a 1 ETH send: −1 ETH for the sender, +1 ETH for the recipient, and no state change', async () => {
    const before = await balance(bob);
    const sim = await simulateTransaction(chain().rpc, chain().url, { from: alice, to: bob, value: ETH });
    expect(sim.status).toBe('ok');
    expect(sim.transfers).toEqual([{ asset: 'native', from: alice, to: bob, amount: ETH }]);
    expect(sim.gasUsed).toBe(21_000n);
    expect(balanceChanges(sim, alice)).toEqual([{ asset: 'native', delta: -ETH }]);
    expect(balanceChanges(sim, bob.toLowerCase())).toEqual([{ asset: 'native', delta: ETH }]);
    expect(balanceChanges(sim, nobody)).toEqual([]);
    expect(await balance(bob)).toBe(before);
  });

  it('an ERC-20 transfer shows the token delta', async () => {
    const data = encodeCall(SELECTORS.transfer, [bob, 5n * ETH]);
    const sim = await simulateTransaction(chain().rpc, chain().url, { from: alice, to: token, data });
    expect(sim.status).toBe('ok');
    expect(sim.transfers).toEqual([{ asset: token, from: alice, to: bob, amount: 5n * ETH }]);
    expect(balanceChanges(sim, alice)).toEqual([{ asset: token, delta: -5n * ETH }]);
    expect(balanceChanges(sim, bob)).toEqual([{ asset: token, delta: 5n * ETH }]);
  });

  it('an approve shows the allowance', async () => {
    const data = encodeCall(SELECTORS.approve, [bob, 2n ** 256n - 1n]);
    const sim = await simulateTransaction(chain().rpc, chain().url, { from: alice, to: token, data });
    expect(sim.approvals).toEqual([
      { token, owner: alice, spender: bob, kind: 'erc20', amount: 2n ** 256n - 1n },
    ]);
    expect(sim.transfers).toEqual([]);
  });

  it('a revert with Error(string) reports the reason', async () => {
    const sim = await simulateTransaction(chain().rpc, chain().url, { from: alice, to: reverter, value: 1n });
    expect(sim).toMatchObject({ status: 'reverted', detail: 'Reverter: nope', transfers: [] });
  });

  it("a revert with a custom error names its selector (OpenZeppelin's ERC20InsufficientBalance)", async () => {
    const data = encodeCall(SELECTORS.transfer, [bob, 1n]);
    const sim = await simulateTransaction(chain().rpc, chain().url, { from: nobody, to: token, data });
    const selector = selectorOf('ERC20InsufficientBalance(address,uint256,uint256)');
    expect(sim).toMatchObject({ status: 'reverted', detail: `custom error ${selector}` });
  });

  it('a node error that is not "unsupported" is failed, with the message (anvil 1.7 cannot simulate creations)', async () => {
    const { Reverter } = await testContracts();
    const sim = await simulateTransaction(chain().rpc, chain().url, { from: alice, data: Reverter.bytecode });
    expect(sim.status).toBe('failed');
    expect(sim.detail).toMatch(/missing keys/);
  });

  it('names a bad argument', async () => {
    await expect(simulateTransaction(chain().rpc, chain().url, { from: '0x12', to: bob })).rejects.toThrow(
      /^call\.from: expected a 20-byte/,
    );
  });
});

/** A node whose eth_simulateV1 throws `error` or answers `result`. */
function node(answer: { error?: unknown; result?: unknown }): JsonRpcCall {
  return async () => {
    if (answer.error) throw answer.error;
    return answer.result;
  };
}
const word = (hex: string) => `0x${hex.replace(/^0x/, '').toLowerCase().padStart(64, '0')}`;
const TRANSFER = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';
const APPROVAL_FOR_ALL = '0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31';

describe('simulateTransaction with scripted nodes', () => {
  it.each([
    [new RpcError(ErrorCode.methodNotFound, 'Method not found'), 'unsupported'],
    [new RpcError(-32000, 'the method eth_simulateV1 does not exist/is not available'), 'unsupported'],
    [new RpcError(-32000, 'eth_simulateV1 is not supported'), 'unsupported'],
    [new RpcError(-32003, 'Insufficient funds for gas * price + value'), 'failed'],
    [new RpcError(ErrorCode.chainDisconnected, 'Chain disconnected'), 'failed'],
  ])('%s → %s', async (error, status) => {
    const sim = await simulateTransaction(node({ error }), 'x', { from: alice, to: bob });
    expect(sim).toEqual({ status, transfers: [], approvals: [], detail: error.message });
  });

  it('reads ERC-721 transfers and ApprovalForAll; skips forged address topics', async () => {
    const nft = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
    const logs = [
      { address: nft, topics: [TRANSFER, word(alice), word(bob), word('0x2a')], data: '0x' },
      { address: nft, topics: [APPROVAL_FOR_ALL, word(alice), word(bob)], data: word('0x1') },
      // A Transfer whose "from" has non-zero upper bytes: no real token emits it.
      { address: nft, topics: [TRANSFER, `0xff${word(alice).slice(4)}`, word(bob)], data: word('0x1') },
    ];
    const result = [{ calls: [{ status: '0x1', returnData: '0x', gasUsed: '0x5208', logs }] }];
    const sim = await simulateTransaction(node({ result }), 'x', { from: alice, to: nft });
    expect(sim.transfers).toEqual([{ asset: nft, from: alice, to: bob, amount: 1n, tokenId: 42n }]);
    expect(sim.approvals).toEqual([{ token: nft, owner: alice, spender: bob, kind: 'all', approved: true }]);
  });

  it('an answer without a call result is failed', async () => {
    const sim = await simulateTransaction(node({ result: [] }), 'x', { from: alice, to: bob });
    expect(sim.status).toBe('failed');
  });
});

describe('revertReason', () => {
  it('Error(string), Panic(uint256), custom errors, nothing', () => {
    expect(revertReason(`0x4e487b71${word('0x11').slice(2)}`)).toBe('panic 0x11');
    expect(revertReason('0xe450d38c')).toBe('custom error 0xe450d38c');
    expect(revertReason('0x08c379a0')).toBe('custom error 0x08c379a0'); // truncated Error(string)
    expect(revertReason('0x')).toBeUndefined();
    expect(revertReason(undefined)).toBeUndefined();
  });
});
