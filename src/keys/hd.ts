/**
 * BIP-32 derivation of EVM accounts on the BIP-44 path m/44'/60'/0'/0/i (SLIP-44 coin type 60,
 * account 0', external chain 0, address index i): the layout of MetaMask, hardhat and anvil.
 *
 * @example
 * const seed = await mnemonicToSeed(phrase);
 * const { address, privateKey } = deriveEvmAccount(seed, 0);
 * zero(privateKey, seed); // the caller owns both buffers
 */
import { isBytes } from '@noble/hashes/utils.js';
import { HARDENED_OFFSET, HDKey } from '@scure/bip32';
import { type Address, publicKeyToAddress } from '../chains/evm';

/** Largest address index: BIP-32 indexes at or above 2^31 are hardened, and BIP-44 keeps i normal. */
export const MAX_EVM_INDEX = HARDENED_OFFSET - 1;

// purpose 44', coin type 60', account 0', external chain 0
const CHAIN_PATH = [44 + HARDENED_OFFSET, 60 + HARDENED_OFFSET, HARDENED_OFFSET, 0];

/** One derived account. `privateKey` is a fresh copy the caller must `zero()` when done. */
export interface EvmAccount {
  index: number;
  path: string;
  address: Address;
  privateKey: Uint8Array;
}

function assertIndex(value: unknown, argName: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_EVM_INDEX) {
    const got = typeof value === 'number' ? String(value) : typeof value;
    throw new RangeError(`${argName}: expected an integer in 0..${MAX_EVM_INDEX}, got ${got}`);
  }
}

function assertSeed(seed: unknown): asserts seed is Uint8Array {
  // BIP-32 accepts 128..512-bit seeds; BIP-39 always gives 512.
  if (!isBytes(seed) || seed.length < 16 || seed.length > 64) {
    const got = isBytes(seed) ? `${seed.length} bytes` : seed === null ? 'null' : typeof seed;
    throw new TypeError(`seed: expected 16 to 64 bytes, got ${got}`);
  }
}

/** The BIP-44 path of EVM address index `index`, e.g. evmPath(0) === "m/44'/60'/0'/0/0". */
export function evmPath(index: number): string {
  assertIndex(index, 'index');
  return `m/44'/60'/0'/0/${index}`;
}

/**
 * Runs `fn` on the chain node m/44'/60'/0'/0, then wipes the private key of every node on the
 * way down. Deriving step by step (not `HDKey.derive(path)`) is what makes that possible: `derive`
 * drops its intermediate nodes, private keys included, where we cannot clear them. (Chain codes
 * have no wipe API in @scure/bip32; they are useless without a private or public key of the node.)
 */
function withChainNode<T>(seed: Uint8Array, fn: (chain: HDKey) => T): T {
  assertSeed(seed);
  const nodes = [HDKey.fromMasterSeed(seed)];
  try {
    for (const i of CHAIN_PATH) nodes.push(nodes[nodes.length - 1]!.deriveChild(i));
    return fn(nodes[nodes.length - 1]!);
  } finally {
    for (const node of nodes) node.wipePrivateData();
  }
}

/**
 * The chain node m/44'/60'/0'/0 itself, for a session that derives many accounts: one BIP-32
 * step per account instead of five. The caller owns it and must `wipePrivateData()` it (lock does).
 */
export function deriveChainNode(seed: Uint8Array): HDKey {
  assertSeed(seed);
  const nodes = [HDKey.fromMasterSeed(seed)];
  for (const i of CHAIN_PATH) nodes.push(nodes[nodes.length - 1]!.deriveChild(i));
  const chain = nodes.pop()!;
  for (const node of nodes) node.wipePrivateData();
  return chain;
}

/** The private key at index `index` under a chain node from deriveChainNode (a copy: zero it). */
export function chainChildKey(chain: HDKey, index: number): Uint8Array {
  assertIndex(index, 'index');
  const leaf = chain.deriveChild(index);
  try {
    return leaf.privateKey!;
  } finally {
    leaf.wipePrivateData();
  }
}

/** The account at m/44'/60'/0'/0/index: address and private key. */
export function deriveEvmAccount(seed: Uint8Array, index: number): EvmAccount {
  const path = evmPath(index);
  return withChainNode(seed, (chain) => {
    const leaf = chain.deriveChild(index);
    try {
      // The privateKey getter returns a copy; the leaf's own buffer is wiped below.
      return { index, path, address: publicKeyToAddress(leaf.publicKey!), privateKey: leaf.privateKey! };
    } finally {
      leaf.wipePrivateData();
    }
  });
}

/**
 * The addresses at indexes start..start+count-1. Only public keys are derived per address
 * (BIP-32 CKDpub from the chain node's xpub), so listing accounts creates no child private keys.
 */
export function deriveEvmAddresses(seed: Uint8Array, count: number, start = 0): Address[] {
  assertIndex(start, 'start');
  if (!Number.isInteger(count) || count < 0 || start + count - 1 > MAX_EVM_INDEX) {
    throw new RangeError(
      `count: expected an integer in 0..${MAX_EVM_INDEX - start + 1}, got ${String(count)}`,
    );
  }
  const chainXpub = withChainNode(seed, (chain) => chain.publicExtendedKey);
  const chain = HDKey.fromExtendedKey(chainXpub);
  const addresses: Address[] = [];
  for (let i = start; i < start + count; i++) {
    addresses.push(publicKeyToAddress(chain.deriveChild(i).publicKey!));
  }
  return addresses;
}
