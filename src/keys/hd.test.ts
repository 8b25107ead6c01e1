import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import bip32 from '../fixtures/bip32-vectors.json';
import hardhat from '../fixtures/eth-hardhat-default-accounts.json';
import { deriveEvmAccount, deriveEvmAddresses, evmPath, MAX_EVM_INDEX } from './hd';
import { mnemonicToSeed } from './mnemonic';
import { zero } from './zero';

describe('BIP-32 test vectors (bitcoin/bips bip-0032.mediawiki)', () => {
  it('has vectors 1–4 and the invalid keys of vector 5', () => {
    expect(bip32.vectors.map((v) => v.vector)).toEqual([1, 2, 3, 4]);
    expect(bip32.invalidExtendedKeys.keys.length).toBeGreaterThan(0);
  });

  for (const { vector, seedHex, chains } of bip32.vectors) {
    it.each(chains)(`vector ${vector}: $path`, ({ path, xpub, xprv }) => {
      const node = HDKey.fromMasterSeed(hexToBytes(seedHex)).derive(path);
      expect(node.publicExtendedKey).toBe(xpub);
      expect(node.privateExtendedKey).toBe(xprv);
    });
  }

  it.each(bip32.invalidExtendedKeys.keys)('vector 5 rejects: $reason', ({ key }) => {
    expect(() => HDKey.fromExtendedKey(key)).toThrow();
  });
});

describe('evmPath', () => {
  it("builds m/44'/60'/0'/0/i", () => {
    expect(evmPath(0)).toBe("m/44'/60'/0'/0/0");
    expect(evmPath(MAX_EVM_INDEX)).toBe("m/44'/60'/0'/0/2147483647");
    expect(MAX_EVM_INDEX).toBe(2 ** 31 - 1);
  });

  it.each([-1, 2 ** 31, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects index %s', (i) => {
    expect(() => evmPath(i)).toThrow(new RangeError(`index: expected an integer in 0..2147483647, got ${i}`));
  });

  it('rejects a non-number index', () => {
    expect(() => evmPath('1' as unknown as number)).toThrow(
      'index: expected an integer in 0..2147483647, got string',
    );
  });
});

describe('EVM accounts of the hardhat/anvil mnemonic ("test … junk")', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await mnemonicToSeed(hardhat.mnemonic, hardhat.passphrase);
  });

  it('first account is 0xf39F…2266', () => {
    const account = deriveEvmAccount(seed, 0);
    expect(account.address).toBe('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
    expect(account.path).toBe("m/44'/60'/0'/0/0");
  });

  it.each(hardhat.accounts)('account $index', ({ index, path, address, privateKey }) => {
    const account = deriveEvmAccount(seed, index);
    expect(account).toEqual({ index, path, address, privateKey: hexToBytes(privateKey.slice(2)) });
  });

  it('deriveEvmAddresses lists all 20 (and pages with start)', () => {
    const all = hardhat.accounts.map((a) => a.address);
    expect(all).toHaveLength(20);
    expect(deriveEvmAddresses(seed, 20)).toEqual(all);
    expect(deriveEvmAddresses(seed, 3, 5)).toEqual(all.slice(5, 8));
    expect(deriveEvmAddresses(seed, 0)).toEqual([]);
  });

  it('returns a private key the caller owns: zeroing it does not affect later derivations', () => {
    const first = deriveEvmAccount(seed, 1);
    const expected = bytesToHex(first.privateKey);
    zero(first.privateKey);
    expect(bytesToHex(deriveEvmAccount(seed, 1).privateKey)).toBe(expected);
  });

  it('validates seed, index and count', () => {
    expect(() => deriveEvmAccount(new Uint8Array(15), 0)).toThrow(
      new TypeError('seed: expected 16 to 64 bytes, got 15 bytes'),
    );
    expect(() => deriveEvmAccount(new Uint8Array(65), 0)).toThrow(/^seed: /);
    expect(() => deriveEvmAccount('seed' as unknown as Uint8Array, 0)).toThrow(
      'seed: expected 16 to 64 bytes, got string',
    );
    expect(() => deriveEvmAccount(seed, -1)).toThrow(/^index: /);
    expect(() => deriveEvmAddresses(seed, 1.5)).toThrow(/^count: /);
    expect(() => deriveEvmAddresses(seed, 2, MAX_EVM_INDEX)).toThrow(
      'count: expected an integer in 0..1, got 2',
    );
    expect(() => deriveEvmAddresses(seed, 1, -1)).toThrow(/^start: /);
  });
});

describe('wiping intermediate HD nodes', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Records every HDKey created through fromMasterSeed/deriveChild during `fn`. */
  function spyNodes(fn: () => void): HDKey[] {
    const nodes: HDKey[] = [];
    const master = HDKey.fromMasterSeed.bind(HDKey);
    vi.spyOn(HDKey, 'fromMasterSeed').mockImplementation((...args) => {
      const node = master(...args);
      nodes.push(node);
      return node;
    });
    const deriveChild = HDKey.prototype.deriveChild;
    vi.spyOn(HDKey.prototype, 'deriveChild').mockImplementation(function (this: HDKey, index: number) {
      const node = deriveChild.call(this, index);
      nodes.push(node);
      return node;
    });
    fn();
    return nodes;
  }

  it('deriveEvmAccount leaves no HD node holding a private key', () => {
    const seed = new Uint8Array(64).fill(7);
    const nodes = spyNodes(() => deriveEvmAccount(seed, 3));
    expect(nodes).toHaveLength(6); // master, 44', 60', 0', 0, 3
    for (const node of nodes) expect(node.privateKey).toBeNull();
  });

  it('deriveEvmAddresses wipes the private path and derives addresses from public keys only', () => {
    const seed = new Uint8Array(64).fill(9);
    const nodes = spyNodes(() => deriveEvmAddresses(seed, 4));
    expect(nodes).toHaveLength(9); // master + 4 path nodes (private), 4 public children
    for (const node of nodes) expect(node.privateKey).toBeNull();
  });

  it('wipes even when derivation throws midway', () => {
    const seed = new Uint8Array(64).fill(1);
    const nodes: HDKey[] = [];
    const deriveChild = HDKey.prototype.deriveChild;
    vi.spyOn(HDKey.prototype, 'deriveChild').mockImplementation(function (this: HDKey, index: number) {
      if (nodes.length === 2) throw new Error('boom');
      const node = deriveChild.call(this, index);
      nodes.push(node);
      return node;
    });
    expect(() => deriveEvmAccount(seed, 0)).toThrow('boom');
    expect(nodes).toHaveLength(2);
    for (const node of nodes) expect(node.privateKey).toBeNull();
  });
});
