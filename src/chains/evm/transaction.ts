/**
 * EVM transactions: EIP-1559 (type 2, https://eips.ethereum.org/EIPS/eip-1559, envelope EIP-2718)
 * and legacy with EIP-155 replay protection (https://eips.ethereum.org/EIPS/eip-155).
 * The ring signs {@link signingHash}; {@link serializeSigned} gives the raw tx for eth_sendRawTransaction.
 *
 *   const digest = signingHash(tx);                          // 32 bytes for declassify.sign
 *   const raw = serializeSigned(tx, { r, s, recovery });     // '0x02f8…'
 *   const hash = transactionHash(raw);                       // what the node answers
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { isBytes } from '@noble/hashes/utils.js';
import { type Address, parseAddress } from './address';
import { type Hex, hexToBytes, isChecksummedAddress, parseData, shortValue, toHex } from './hex';
import { encodeRlp, encodeTypedRlp, type RlpItem, rlpInt } from './rlp';

export interface Eip1559Transaction {
  type: 'eip1559';
  chainId: number;
  nonce: bigint;
  maxPriorityFeePerGas: bigint;
  maxFeePerGas: bigint;
  gas: bigint;
  /** Absent for a contract creation. */
  to?: Address;
  value: bigint;
  data: Uint8Array;
  /** EIP-2930 access lists are not built by the wallet: only the empty list is accepted. */
  accessList?: [];
}

export interface LegacyTransaction {
  type: 'legacy';
  /** Signed into the hash (EIP-155): a legacy tx without a chain id could be replayed on any chain. */
  chainId: number;
  nonce: bigint;
  gasPrice: bigint;
  gas: bigint;
  to?: Address;
  value: bigint;
  data: Uint8Array;
}

export type EvmTransaction = Eip1559Transaction | LegacyTransaction;

/** A recoverable secp256k1 signature, as `declassify.sign` returns it. */
export interface TransactionSignature {
  r: bigint;
  s: bigint;
  recovery: number;
}

const U64 = 1n << 64n;
const U256 = 1n << 256n;
const N = secp256k1.Point.CURVE().n;
const EIP1559_TYPE = 0x02;

function checkUint(tx: object, field: string, limit: bigint, limitName: string): bigint {
  const v = (tx as Record<string, unknown>)[field];
  if (typeof v !== 'bigint' || v < 0n || v >= limit) {
    throw new TypeError(`tx.${field}: expected a bigint in [0, ${limitName}), got ${shortValue(v)}`);
  }
  return v;
}

/** The fields both types share, checked: a bad value must not be signed into a transaction. */
function common(tx: EvmTransaction): {
  nonce: bigint;
  gas: bigint;
  to: RlpItem;
  value: bigint;
  data: Uint8Array;
} {
  if (!Number.isSafeInteger(tx.chainId) || tx.chainId <= 0) {
    throw new TypeError(`tx.chainId: expected a positive integer, got ${shortValue(tx.chainId)}`);
  }
  // EIP-2681: a nonce of 2^64 - 1 can never be used, so the bound is exclusive of it.
  const nonce = checkUint(tx, 'nonce', U64 - 1n, '2^64 - 1');
  const gas = checkUint(tx, 'gas', U64, '2^64');
  if (gas < 21_000n) throw new TypeError(`tx.gas: expected at least 21000 (the intrinsic cost), got ${gas}`);
  const value = checkUint(tx, 'value', U256, '2^256');
  if (!isBytes(tx.data)) throw new TypeError(`tx.data: expected a Uint8Array, got ${shortValue(tx.data)}`);
  // parseAddress's strict EIP-55 check, hashed once: the bytes need no re-cased copy. Anything
  // it refuses goes to parseAddress, for its precise error.
  const to =
    tx.to === undefined
      ? new Uint8Array(0)
      : isChecksummedAddress(tx.to)
        ? hexToBytes(tx.to.slice(2))
        : parseData(parseAddress(tx.to, 'tx.to'), 'tx.to');
  return { nonce, gas, to, value, data: tx.data };
}

/** The unsigned RLP fields, in the order of the spec, without the type byte. */
function unsignedFields(tx: EvmTransaction): RlpItem[] {
  const { nonce, gas, to, value, data } = common(tx);
  if (tx.type === 'eip1559') {
    const tip = checkUint(tx, 'maxPriorityFeePerGas', U256, '2^256');
    const max = checkUint(tx, 'maxFeePerGas', U256, '2^256');
    // EIP-1559 makes such a transaction invalid: refuse it before it is signed rather than at the node.
    if (tip > max) throw new TypeError('tx.maxPriorityFeePerGas: expected at most tx.maxFeePerGas');
    if (tx.accessList !== undefined && (!Array.isArray(tx.accessList) || tx.accessList.length > 0)) {
      throw new TypeError('tx.accessList: expected an empty list or nothing');
    }
    return [
      rlpInt(tx.chainId),
      rlpInt(nonce),
      rlpInt(tip),
      rlpInt(max),
      rlpInt(gas),
      to,
      rlpInt(value),
      data,
      [],
    ];
  }
  if (tx.type === 'legacy') {
    const gasPrice = checkUint(tx, 'gasPrice', U256, '2^256');
    return [rlpInt(nonce), rlpInt(gasPrice), rlpInt(gas), to, rlpInt(value), data];
  }
  throw new TypeError(
    `tx.type: expected 'eip1559' or 'legacy', got ${shortValue((tx as { type: unknown }).type)}`,
  );
}

/** The 32-byte digest the account key signs. */
export function signingHash(tx: EvmTransaction): Uint8Array {
  const fields = unsignedFields(tx);
  if (tx.type === 'eip1559') return keccak_256(encodeTypedRlp(EIP1559_TYPE, fields));
  // EIP-155: hash six fields plus (chainId, 0, 0).
  return keccak_256(encodeRlp([...fields, rlpInt(tx.chainId), rlpInt(0n), rlpInt(0n)]));
}

function checkSignature(sig: TransactionSignature): void {
  if (typeof sig !== 'object' || sig === null) throw new TypeError('sig: expected { r, s, recovery }');
  if (typeof sig.r !== 'bigint' || sig.r <= 0n || sig.r >= N) {
    throw new TypeError('sig.r: expected a bigint in [1, n), n = the secp256k1 group order');
  }
  // EIP-2: nodes reject s > n/2 (the malleable twin of a valid signature).
  if (typeof sig.s !== 'bigint' || sig.s <= 0n || sig.s > N >> 1n) {
    throw new TypeError('sig.s: expected a low-s bigint in [1, n/2] (EIP-2)');
  }
  if (sig.recovery !== 0 && sig.recovery !== 1) {
    throw new TypeError(`sig.recovery: expected 0 or 1, got ${shortValue(sig.recovery)}`);
  }
}

/** The signed raw transaction, ready for eth_sendRawTransaction. */
export function serializeSigned(tx: EvmTransaction, sig: TransactionSignature): Hex {
  const fields = unsignedFields(tx);
  checkSignature(sig);
  const r = rlpInt(sig.r);
  const s = rlpInt(sig.s);
  if (tx.type === 'eip1559') {
    fields.push(rlpInt(sig.recovery), r, s);
    return toHex(encodeTypedRlp(EIP1559_TYPE, fields));
  }
  // EIP-155: v = recovery + chainId * 2 + 35 (bigint: large chain ids overflow a 53-bit v).
  const v = BigInt(sig.recovery) + BigInt(tx.chainId) * 2n + 35n;
  return toHex(encodeRlp([...fields, rlpInt(v), r, s]));
}

/** The transaction hash: keccak256 of the raw bytes (for typed txs, including the type byte). */
export function transactionHash(raw: Hex): Hex {
  return toHex(keccak_256(parseData(raw, 'raw')));
}
