import { secp256k1 } from '@noble/curves/secp256k1.js';
import fc from 'fast-check';
import { keccak256, serializeTransaction } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import eip155 from '../../fixtures/eip155-example.json';
import { type Address, toChecksumAddress } from './address';
import { decodeSignedTransaction } from './decodeTransaction';
import { bytesToHex, type Hex, hexToBytes, toHex } from './hex';
import {
  type Eip1559Transaction,
  type EvmTransaction,
  type LegacyTransaction,
  serializeSigned,
  signingHash,
  transactionHash,
} from './transaction';

/** Signs the way the ring does (src/ring/declassify.ts sign): RFC 6979, low-s, recoverable. */
function sign(tx: EvmTransaction, key: Uint8Array) {
  const rec = secp256k1.sign(signingHash(tx), key, { prehash: false, format: 'recovered' });
  return secp256k1.Signature.fromBytes(rec, 'recovered') as { r: bigint; s: bigint; recovery: number };
}

const example: LegacyTransaction = {
  type: 'legacy',
  chainId: eip155.chainId,
  nonce: BigInt(eip155.tx.nonce),
  gasPrice: BigInt(eip155.tx.gasPrice),
  gas: BigInt(eip155.tx.gasLimit),
  to: toChecksumAddress(eip155.tx.to),
  value: BigInt(eip155.tx.value),
  data: new Uint8Array(0),
};
const exampleKey = hexToBytes(eip155.privateKey.slice(2));

describe('legacy (EIP-155 example)', () => {
  it('signing hash', () => {
    expect(toHex(signingHash(example))).toBe(eip155.signingHash);
    expect(toHex(keccakOf(eip155.signingData))).toBe(eip155.signingHash); // the fixture agrees with itself
  });

  it('signature and signed serialization (v = 37 on chain 1)', () => {
    const sig = sign(example, exampleKey);
    expect(sig.r).toBe(BigInt(eip155.rDecimal));
    expect(sig.s).toBe(BigInt(eip155.sDecimal));
    expect(sig.recovery + eip155.chainId * 2 + 35).toBe(eip155.v);
    const raw = serializeSigned(example, sig);
    expect(raw).toBe(eip155.signedTx);
    expect(transactionHash(raw)).toBe(keccak256(eip155.signedTx as Hex));
  });

  it('decodes back to the same transaction and sender', () => {
    const decoded = decodeSignedTransaction(eip155.signedTx as Hex);
    expect(decoded.tx).toEqual(example);
    expect(decoded.from).toBe(privateKeyToAccount(eip155.privateKey as Hex).address);
  });
});

function keccakOf(hex: string): Uint8Array {
  return hexToBytes(keccak256(hex as Hex).slice(2));
}

const big = (bits: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
const arbKey = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .filter((k) => secp256k1.utils.isValidSecretKey(k));
const arbTo = fc.option(
  fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => toChecksumAddress(b)),
  {
    nil: undefined,
  },
);
const arbCommon = {
  chainId: fc.integer({ min: 1, max: 2 ** 32 }),
  nonce: fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), // viem takes a number
  gas: fc.bigInt({ min: 21_000n, max: 30_000_000n }),
  to: arbTo,
  value: big(200),
  data: fc.uint8Array({ maxLength: 120 }),
};
const arb1559: fc.Arbitrary<Eip1559Transaction> = fc
  .record({ ...arbCommon, tip: big(100), extra: big(100) })
  .map(({ tip, extra, to, ...rest }) => ({
    type: 'eip1559' as const,
    ...rest,
    ...(to ? { to } : {}),
    maxPriorityFeePerGas: tip,
    maxFeePerGas: tip + extra,
  }));
const arbLegacy: fc.Arbitrary<LegacyTransaction> = fc
  .record({ ...arbCommon, gasPrice: big(100) })
  .map(({ to, ...rest }) => ({ type: 'legacy' as const, ...rest, ...(to ? { to } : {}) }));

function viemTx(tx: EvmTransaction) {
  const common = {
    chainId: tx.chainId,
    nonce: Number(tx.nonce),
    gas: tx.gas,
    to: (tx.to ?? null) as Address | null,
    value: tx.value,
    data: toHex(tx.data),
  };
  return tx.type === 'eip1559'
    ? {
        ...common,
        type: 'eip1559' as const,
        maxFeePerGas: tx.maxFeePerGas,
        maxPriorityFeePerGas: tx.maxPriorityFeePerGas,
      }
    : { ...common, type: 'legacy' as const, gasPrice: tx.gasPrice };
}

describe('cross-check with viem (random transactions, RFC 6979 signatures byte-identical)', () => {
  it.each([
    ['eip1559', arb1559 as fc.Arbitrary<EvmTransaction>],
    ['legacy', arbLegacy as fc.Arbitrary<EvmTransaction>],
  ])('%s', async (_type, arbTx) => {
    await fc.assert(
      fc.asyncProperty(arbTx, arbKey, async (tx, key) => {
        const vtx = viemTx(tx);
        // For legacy, viem's unsigned serialization already carries EIP-155's (chainId, 0, 0).
        expect(toHex(signingHash(tx))).toBe(keccak256(serializeTransaction(vtx)));
        const raw = serializeSigned(tx, sign(tx, key));
        const account = privateKeyToAccount(`0x${bytesToHex(key)}`);
        expect(raw).toBe(await account.signTransaction(vtx));
        const decoded = decodeSignedTransaction(raw);
        expect(decoded.from).toBe(account.address);
        expect(decoded.tx).toEqual(tx.type === 'eip1559' ? { ...tx, accessList: [] } : tx);
      }),
      { numRuns: 30 },
    );
  });
});

describe('validation names the bad field', () => {
  const base: Eip1559Transaction = {
    type: 'eip1559',
    chainId: 1,
    nonce: 0n,
    maxPriorityFeePerGas: 1n,
    maxFeePerGas: 2n,
    gas: 21_000n,
    value: 0n,
    data: new Uint8Array(0),
  };
  const sig = { r: 1n, s: 1n, recovery: 0 };
  it.each([
    [{ gas: 21_000 }, 'tx.gas: expected a bigint in [0, 2^64), got number 21000'],
    [{ gas: 20_999n }, 'tx.gas: expected at least 21000'],
    [{ nonce: (1n << 64n) - 1n }, 'tx.nonce: expected a bigint in [0, 2^64 - 1)'],
    [{ value: -1n }, 'tx.value: expected a bigint in [0, 2^256), got -1n'],
    [{ chainId: 0 }, 'tx.chainId: expected a positive integer, got number 0'],
    [{ maxPriorityFeePerGas: 3n }, 'tx.maxPriorityFeePerGas: expected at most tx.maxFeePerGas'],
    [{ to: '0x1234' }, 'tx.to: expected a 20-byte hex address'],
    [{ data: '0x' }, 'tx.data: expected a Uint8Array, got "0x"'],
    [{ accessList: [{}] }, 'tx.accessList: expected an empty list or nothing'],
    [{ type: 'eip4844' }, "tx.type: expected 'eip1559' or 'legacy', got \"eip4844\""],
  ])('%o', (patch, message) => {
    const tx = { ...base, ...patch } as EvmTransaction;
    expect(() => signingHash(tx)).toThrow(message);
    expect(() => serializeSigned(tx, sig)).toThrow(message);
  });

  it('refuses bad signatures, including high-s (EIP-2)', () => {
    const n = secp256k1.Point.CURVE().n;
    expect(() => serializeSigned(base, { r: 0n, s: 1n, recovery: 0 })).toThrow(/^sig\.r:/);
    expect(() => serializeSigned(base, { r: 1n, s: n / 2n + 1n, recovery: 0 })).toThrow(/^sig\.s: .*EIP-2/);
    expect(() => serializeSigned(base, { r: 1n, s: 1n, recovery: 2 })).toThrow(
      'sig.recovery: expected 0 or 1',
    );
  });

  it('decodeSignedTransaction refuses pre-EIP-155 legacy and unknown types', () => {
    // The EIP-155 example re-signed with v = 27 would replay on every chain.
    const pre155 = eip155.signedTx.replace('8025a0', '801ba0') as Hex;
    expect(() => decodeSignedTransaction(pre155)).toThrow('raw: legacy v = 27 has no EIP-155 chain id');
    expect(() => decodeSignedTransaction('0x03c0')).toThrow('raw: unsupported transaction type 0x03');
  });
});
