/**
 * Reads a signed raw transaction back (EIP-1559 type 2, or legacy with EIP-155 v): its fields, its
 * signature and the sender recovered from it. For activity views and tests; the inverse of
 * {@link serializeSigned}. https://eips.ethereum.org/EIPS/eip-2718
 *
 *   const { tx, from, hash } = decodeSignedTransaction('0x02f8…');
 *   tx.type === 'eip1559' && tx.maxFeePerGas; // bigint
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { type Address, publicKeyToAddress, toChecksumAddress } from './address';
import { bytesToBigInt, type Hex, parseData } from './hex';
import { decodeRlp, type RlpItem } from './rlp';
import { type EvmTransaction, signingHash, type TransactionSignature, transactionHash } from './transaction';

export interface DecodedTransaction {
  tx: EvmTransaction;
  signature: TransactionSignature;
  from: Address;
  hash: Hex;
}

function bytesAt(fields: RlpItem[], i: number, name: string): Uint8Array {
  const f = fields[i];
  if (!(f instanceof Uint8Array)) throw new TypeError(`raw: field ${name} is not a byte string`);
  return f;
}

function intAt(fields: RlpItem[], i: number, name: string): bigint {
  const b = bytesAt(fields, i, name);
  if (b[0] === 0) throw new TypeError(`raw: field ${name} has a leading zero`);
  return bytesToBigInt(b);
}

function toAt(fields: RlpItem[], i: number): Address | undefined {
  const b = bytesAt(fields, i, 'to');
  if (b.length === 0) return undefined;
  return toChecksumAddress(b); // throws unless 20 bytes
}

function chainIdOf(value: bigint, name: string): number {
  if (value <= 0n || value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new TypeError(`raw: ${name} out of range`);
  return Number(value);
}

function decodeFields(bytes: Uint8Array): { tx: EvmTransaction; signature: TransactionSignature } {
  if (bytes[0] === 0x02) {
    const fields = decodeRlp(bytes.subarray(1));
    if (!Array.isArray(fields) || fields.length !== 12)
      throw new TypeError('raw: expected 12 EIP-1559 fields');
    const accessList = fields[8];
    if (!Array.isArray(accessList)) throw new TypeError('raw: accessList is not a list');
    if (accessList.length > 0) throw new TypeError('raw: non-empty access lists are not supported');
    const yParity = intAt(fields, 9, 'yParity');
    if (yParity > 1n) throw new TypeError('raw: yParity must be 0 or 1');
    const to = toAt(fields, 5);
    const tx: EvmTransaction = {
      type: 'eip1559',
      chainId: chainIdOf(intAt(fields, 0, 'chainId'), 'chainId'),
      nonce: intAt(fields, 1, 'nonce'),
      maxPriorityFeePerGas: intAt(fields, 2, 'maxPriorityFeePerGas'),
      maxFeePerGas: intAt(fields, 3, 'maxFeePerGas'),
      gas: intAt(fields, 4, 'gas'),
      ...(to ? { to } : {}),
      value: intAt(fields, 6, 'value'),
      data: bytesAt(fields, 7, 'data'),
      accessList: [],
    };
    const signature = { recovery: Number(yParity), r: intAt(fields, 10, 'r'), s: intAt(fields, 11, 's') };
    return { tx, signature };
  }
  if (bytes[0] !== undefined && bytes[0] >= 0xc0) {
    const fields = decodeRlp(bytes);
    if (!Array.isArray(fields) || fields.length !== 9) throw new TypeError('raw: expected 9 legacy fields');
    const v = intAt(fields, 6, 'v');
    // Only EIP-155 v (chainId * 2 + 35 + recovery): pre-155 v = 27/28 signatures replay on every chain.
    if (v < 37n) throw new TypeError(`raw: legacy v = ${v} has no EIP-155 chain id`);
    const to = toAt(fields, 3);
    const tx: EvmTransaction = {
      type: 'legacy',
      chainId: chainIdOf((v - 35n) / 2n, 'chainId (from v)'),
      nonce: intAt(fields, 0, 'nonce'),
      gasPrice: intAt(fields, 1, 'gasPrice'),
      gas: intAt(fields, 2, 'gas'),
      ...(to ? { to } : {}),
      value: intAt(fields, 4, 'value'),
      data: bytesAt(fields, 5, 'data'),
    };
    const signature = {
      recovery: Number((v - 35n) % 2n),
      r: intAt(fields, 7, 'r'),
      s: intAt(fields, 8, 's'),
    };
    return { tx, signature };
  }
  throw new TypeError(`raw: unsupported transaction type 0x${(bytes[0] ?? 0).toString(16).padStart(2, '0')}`);
}

/** Decodes and checks a signed transaction; the sender is recovered from its signature. */
export function decodeSignedTransaction(raw: Hex): DecodedTransaction {
  const { tx, signature } = decodeFields(parseData(raw, 'raw'));
  const { r, s, recovery } = signature;
  const sig = new secp256k1.Signature(r, s).addRecoveryBit(recovery);
  // signingHash re-validates every field, so a decoded tx is one the wallet itself could have signed.
  const publicKey = sig.recoverPublicKey(signingHash(tx)).toBytes(false);
  return { tx, signature, from: publicKeyToAddress(publicKey), hash: transactionHash(raw) };
}
