/**
 * Test contracts, compiled with solc-js (npm `solc`, https://docs.soliditylang.org/en/latest/using-the-compiler.html#compiler-input-and-output-json-description)
 * against @openzeppelin/contracts from node_modules, and deployed to anvil from an unlocked account.
 * Compiling takes seconds, so output is cached in node_modules/.cache/ringfence-contracts/, keyed by
 * a hash of the compiler input and version. Test-only.
 *
 *   const { TestToken } = await testContracts();
 *   const token = await deployContract(chain.rpc, chain.url, ANVIL_ACCOUNTS[0].address, TestToken.bytecode, [10n ** 24n]);
 *   // token: ERC-20 "Ringfence Test Token" (RFT, 18 decimals) + EIP-2612 permit; the deployer holds the supply
 *
 * API: testContracts() → { TestToken, Bytes32Token, Reverter } (each { abi, bytecode });
 * tokenAndFeedContracts() → { DecimalsToken, MockV3Aggregator } (./solidity/TokenAndFeed.sol);
 * compileSolidity(sources, contractNames) for your own sources (imports resolve from node_modules);
 * deployContract(rpc, url, from, bytecode, args) → the new contract's address (static constructor args).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCall, type StaticArg } from '../chains/evm/abi';
import { type Address, toChecksumAddress } from '../chains/evm/address';
import type { Hex } from '../chains/evm/hex';
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import { waitForReceipt } from './anvil';

export interface CompiledContract {
  abi: unknown[];
  /** Creation bytecode; append the ABI-encoded constructor arguments. */
  bytecode: Hex;
}

/** The contracts the EVM tests deploy. TestToken: constructor(uint256 supply). */
export const TEST_CONTRACTS_SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// An ERC-20 with EIP-2612 permit; the deployer receives the whole supply.
contract TestToken is ERC20, ERC20Permit {
    constructor(uint256 supply) ERC20("Ringfence Test Token", "RFT") ERC20Permit("Ringfence Test Token") {
        _mint(msg.sender, supply);
    }
}

/// A pre-standard token whose symbol() and name() return bytes32, as MKR's do.
contract Bytes32Token {
    uint8 public constant decimals = 18;
    function symbol() external pure returns (bytes32) { return "MKR"; }
    function name() external pure returns (bytes32) { return "Maker"; }
}

/// Reverts every call with Error("Reverter: nope").
contract Reverter {
    fallback() external payable { revert("Reverter: nope"); }
}
`;

const require = createRequire(import.meta.url);
const ROOT = join(dirname(require.resolve('@openzeppelin/contracts/package.json')), '..', '..');
const CACHE_DIR = join(ROOT, '.cache', 'ringfence-contracts');

/** solc's import callback: every import is a package path under node_modules. */
function findImports(path: string): { contents: string } | { error: string } {
  if (path.includes('..'))
    return { error: `import ${path}: relative paths above node_modules are not allowed` };
  try {
    return { contents: readFileSync(join(ROOT, path), 'utf8') };
  } catch {
    return { error: `import ${path}: not found under node_modules` };
  }
}

/**
 * Compiles Solidity sources (file name → text) and returns the named contracts. Cached on disk:
 * the second run of a test file, and every parallel file after the first, skips solc.
 */
export async function compileSolidity(
  sources: Record<string, string>,
  contractNames: readonly string[],
): Promise<Record<string, CompiledContract>> {
  const solc = require('solc') as { compile(input: string, cb: object): string; version(): string };
  const input = JSON.stringify({
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(sources).map(([file, content]) => [file, { content }])),
    // Optimizer off: compiling is faster and anvil has no size limit trouble with test contracts.
    settings: { evmVersion: 'cancun', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  });
  const ozVersion = (require('@openzeppelin/contracts/package.json') as { version: string }).version;
  const key = createHash('sha256').update(`${solc.version()}\n${ozVersion}\n${input}`).digest('hex');
  const cacheFile = join(CACHE_DIR, `${key.slice(0, 32)}.json`);
  let output: {
    contracts?: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>;
  };
  try {
    output = JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    const raw = JSON.parse(solc.compile(input, { import: findImports }));
    const errors = (raw.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
    if (errors.length > 0) {
      throw new Error(
        `solc: ${errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n')}`,
      );
    }
    output = { contracts: raw.contracts };
    mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename: a parallel test file reads either nothing or the whole file.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(output));
    renameSync(tmp, cacheFile);
  }
  const result: Record<string, CompiledContract> = {};
  for (const name of contractNames) {
    const found = Object.values(output.contracts ?? {}).find((file) => file[name])?.[name];
    if (!found) throw new Error(`solc: no contract ${name} in the output`);
    result[name] = { abi: found.abi, bytecode: `0x${found.evm.bytecode.object}` };
  }
  return result;
}

export async function testContracts(): Promise<{
  TestToken: CompiledContract;
  Bytes32Token: CompiledContract;
  Reverter: CompiledContract;
}> {
  const c = await compileSolidity({ 'RingfenceTest.sol': TEST_CONTRACTS_SOURCE }, [
    'TestToken',
    'Bytes32Token',
    'Reverter',
  ]);
  return { TestToken: c.TestToken!, Bytes32Token: c.Bytes32Token!, Reverter: c.Reverter! };
}

/**
 * DecimalsToken: constructor(address holder, uint256 supply, uint8 decimals), "Ringfence Ticket" (TKN).
 * MockV3Aggregator: constructor(uint8 decimals, int256 answer), setRound(roundId, answer, updatedAt,
 * answeredInRound): a test stand-in for a Chainlink feed.
 */
export async function tokenAndFeedContracts(): Promise<{
  DecimalsToken: CompiledContract;
  MockV3Aggregator: CompiledContract;
}> {
  const source = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), 'solidity', 'TokenAndFeed.sol'),
    'utf8',
  );
  const c = await compileSolidity({ 'TokenAndFeed.sol': source }, ['DecimalsToken', 'MockV3Aggregator']);
  return { DecimalsToken: c.DecimalsToken!, MockV3Aggregator: c.MockV3Aggregator! };
}

/** Sends `data` to `to` from an account anvil has unlocked and waits until it is mined (test-only). */
export async function sendFromUnlocked(rpc: JsonRpcCall, url: string, from: Address, to: Address, data: Hex) {
  const hash = (await rpc(url, 'eth_sendTransaction', [{ from, to, data }])) as Hex;
  const receipt = await waitForReceipt(rpc, url, hash);
  if (receipt.status !== '0x1') throw new Error(`sendFromUnlocked: the call to ${to} failed`);
}

/**
 * Deploys from an account anvil has unlocked (eth_sendTransaction: fine for test helpers, never
 * for the wallet) and waits for the receipt. Constructor args are static (uint256, address, bool).
 */
export async function deployContract(
  rpc: JsonRpcCall,
  url: string,
  from: Address,
  bytecode: Hex,
  args: readonly StaticArg[] = [],
): Promise<Address> {
  // encodeCall needs a selector; the constructor has none, so encode behind a dummy one and drop it.
  const encodedArgs = encodeCall('0x00000000', args).slice(10);
  const hash = (await rpc(url, 'eth_sendTransaction', [{ from, data: `${bytecode}${encodedArgs}` }])) as Hex;
  const receipt = await waitForReceipt(rpc, url, hash);
  if (receipt.status !== '0x1' || !receipt.contractAddress) {
    throw new Error(`deployContract: the deployment failed (status ${receipt.status})`);
  }
  return toChecksumAddress(receipt.contractAddress);
}
