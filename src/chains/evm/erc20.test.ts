import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANVIL_ACCOUNTS } from '../../testing/anvil';
import { anvilPerFile } from '../../testing/anvilPerFile';
import { deployContract, testContracts } from '../../testing/contracts';
import { type Address, toChecksumAddress } from './address';
import { balanceOf, clearTokenCache, isContract, readTokenInfo } from './erc20';
import { toWord } from './hex';
import type { JsonRpcCall } from './jsonRpc';

const chain = anvilPerFile();
const deployer = ANVIL_ACCOUNTS[0]!.address;
const eoa = ANVIL_ACCOUNTS[5]!.address;
const SUPPLY = 10n ** 24n;
let token: Address;
let bytes32Token: Address;
let reverter: Address;

beforeAll(async () => {
  const { TestToken, Bytes32Token, Reverter } = await testContracts();
  const { rpc, url } = chain();
  token = await deployContract(rpc, url, deployer, TestToken.bytecode, [SUPPLY]);
  bytes32Token = await deployContract(rpc, url, deployer, Bytes32Token.bytecode);
  reverter = await deployContract(rpc, url, deployer, Reverter.bytecode);
}, 120_000);
beforeEach(() => clearTokenCache());

describe('readTokenInfo on anvil', () => {
  it('reads symbol, decimals and name of an OpenZeppelin ERC-20', async () => {
    expect(await readTokenInfo(chain().rpc, chain().url, token)).toEqual({
      symbol: 'RFT',
      decimals: 18,
      name: 'Ringfence Test Token',
    });
  });

  it('reads a bytes32 symbol and name (MKR style)', async () => {
    expect(await readTokenInfo(chain().rpc, chain().url, bytes32Token)).toEqual({
      symbol: 'MKR',
      decimals: 18,
      name: 'Maker',
    });
  });

  it('is undefined for an EOA and for a contract that reverts', async () => {
    expect(await readTokenInfo(chain().rpc, chain().url, eoa)).toBeUndefined();
    expect(await readTokenInfo(chain().rpc, chain().url, reverter)).toBeUndefined();
  });

  it('is undefined when the node is unreachable (and a later answer is not hidden by a cache)', async () => {
    const down: JsonRpcCall = async () => {
      throw new Error('unreachable');
    };
    expect(await readTokenInfo(down, chain().url, token)).toBeUndefined();
    expect(await readTokenInfo(chain().rpc, chain().url, token)).toMatchObject({ symbol: 'RFT' });
  });

  it('names a bad address', async () => {
    await expect(readTokenInfo(chain().rpc, chain().url, '0x12')).rejects.toThrow(/^address: /);
  });
});

describe('isContract on anvil', () => {
  it('true for a contract, false for an EOA and for an EIP-7702 delegated EOA', async () => {
    const { rpc, url } = chain();
    expect(await isContract(rpc, url, token)).toBe(true);
    expect(await isContract(rpc, url, eoa)).toBe(false);
    const delegated = ANVIL_ACCOUNTS[6]!.address;
    await rpc(url, 'anvil_setCode', [delegated, `0xef0100${token.slice(2)}`]);
    expect(await isContract(rpc, url, delegated)).toBe(false);
  });

  it('code that appears later is seen (false is not cached)', async () => {
    const { rpc, url } = chain();
    const later = ANVIL_ACCOUNTS[7]!.address;
    expect(await isContract(rpc, url, later)).toBe(false);
    await rpc(url, 'anvil_setCode', [later, '0x00']);
    expect(await isContract(rpc, url, later)).toBe(true);
  });
});

describe('balanceOf on anvil', () => {
  it('the deployer holds the supply; an EOA holds nothing', async () => {
    expect(await balanceOf(chain().rpc, chain().url, token, deployer)).toBe(SUPPLY);
    expect(await balanceOf(chain().rpc, chain().url, token, eoa)).toBe(0n);
  });

  it('throws for a non-token instead of answering 0', async () => {
    await expect(balanceOf(chain().rpc, chain().url, eoa, deployer)).rejects.toThrow(
      'token: balanceOf answered 0 bytes, not a uint256',
    );
  });
});

describe('the metadata cache', () => {
  /** A node where every address is a token "T" with 6 decimals; counts eth_call requests. */
  function countingNode() {
    let calls = 0;
    const rpc: JsonRpcCall = async (_url, _method, params) => {
      calls++;
      const data = (params as [{ data: string }])[0].data;
      if (data === '0x313ce567') return `0x${'0'.repeat(63)}6`;
      return `0x${'0'.repeat(62)}20${'0'.repeat(63)}1${'54'.padEnd(64, '0')}`; // ABI "T"
    };
    return { rpc, calls: () => calls };
  }
  const address = (i: number) => toChecksumAddress(toWord(BigInt(i) + 1n).subarray(12));

  it('answers a repeated lookup from the cache, per RPC URL', async () => {
    const node = countingNode();
    expect(await readTokenInfo(node.rpc, 'a', address(1))).toEqual({ symbol: 'T', decimals: 6, name: 'T' });
    await readTokenInfo(node.rpc, 'a', address(1));
    expect(node.calls()).toBe(3);
    await readTokenInfo(node.rpc, 'b', address(1));
    expect(node.calls()).toBe(6);
  });

  it('holds at most 500 entries, dropping the least recently used', async () => {
    const node = countingNode();
    for (let i = 0; i < 500; i++) await readTokenInfo(node.rpc, 'a', address(i));
    await readTokenInfo(node.rpc, 'a', address(0)); // touch: now the most recent
    await readTokenInfo(node.rpc, 'a', address(500)); // evicts address(1)
    const before = node.calls();
    await readTokenInfo(node.rpc, 'a', address(0));
    expect(node.calls()).toBe(before);
    await readTokenInfo(node.rpc, 'a', address(1));
    expect(node.calls()).toBe(before + 3);
  });
});
