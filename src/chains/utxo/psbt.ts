/**
 * A site's PSBT (BIP-174, https://github.com/bitcoin/bips/blob/master/bip-0174.mediawiki), read
 * with @scure/btc-signer: what it spends (amounts from each input's witnessUtxo), what it pays,
 * the fee, and per P2WPKH input the BIP-143 digest to sign. Signatures go in as partial
 * signatures; the PSBT is finalised only when asked. Foreign inputs are never touched.
 *
 *   const tx = parsePsbt({ hex });
 *   const view = describePsbt(tx, UTXO_NETWORKS.litecoinRegtest);
 *   addPartialSignature(tx, 0, publicKey, rs);   // rs: 64-byte r ‖ s from the ring
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { Address, OutScript, SigHash, Transaction } from '@scure/btc-signer';
import type { UtxoNetwork } from './networks';

/** Sites send scripts we may not know (OP_RETURN, taproot script paths): read them, never sign them. */
const READ_OPTS = { allowUnknownOutputs: true, allowUnknownInputs: true, unknown: 'ignore' } as const;

export interface PsbtInput {
  index: number;
  /** The spent outpoint. */
  txid: string;
  vout: number;
  /** From witnessUtxo; undefined when the PSBT does not say. */
  amount?: bigint;
  script?: Uint8Array;
  address?: string;
  /** Already carries a signature or final witness. */
  signed: boolean;
  /** The sighash type the PSBT asks for (undefined: SIGHASH_ALL). */
  sighashType?: number;
}

export interface PsbtOutput {
  index: number;
  amount: bigint;
  script: Uint8Array;
  address?: string;
}

export interface PsbtView {
  inputs: PsbtInput[];
  outputs: PsbtOutput[];
  /** Inputs minus outputs, when every input names its amount. */
  fee?: bigint;
}

/** Exactly one of `hex` (Leather) or `psbt` (base64, Xverse); errors name the param. */
export function parsePsbt(input: { hex?: string; psbt?: string }): Transaction {
  const { hex, psbt } = input;
  if ((hex === undefined) === (psbt === undefined))
    throw new TypeError(
      'params.hex: expected the PSBT as hex in "hex", or as base64 in "psbt" (one of them)',
    );
  let bytes: Uint8Array;
  try {
    bytes = hex !== undefined ? hexToBytes(hex) : base64.decode(psbt!);
  } catch {
    throw new TypeError(
      hex !== undefined ? 'params.hex: expected hex bytes' : 'params.psbt: expected base64',
    );
  }
  try {
    return Transaction.fromPSBT(bytes, READ_OPTS);
  } catch (e) {
    const name = hex !== undefined ? 'params.hex' : 'params.psbt';
    throw new TypeError(`${name}: not a valid PSBT (${(e as Error).message.slice(0, 120)})`);
  }
}

function addressOf(script: Uint8Array, network: UtxoNetwork): string | undefined {
  try {
    return Address(network).encode(OutScript.decode(script));
  } catch {
    return undefined;
  }
}

export function describePsbt(tx: Transaction, network: UtxoNetwork): PsbtView {
  const inputs: PsbtInput[] = [];
  for (let i = 0; i < tx.inputsLength; i++) {
    const input = tx.getInput(i);
    const utxo = input.witnessUtxo;
    const address = utxo ? addressOf(utxo.script, network) : undefined;
    inputs.push({
      index: i,
      txid: bytesToHex(input.txid!),
      vout: input.index!,
      ...(utxo ? { amount: utxo.amount, script: utxo.script } : {}),
      ...(address ? { address } : {}),
      signed: Boolean(input.partialSig?.length || input.finalScriptWitness || input.finalScriptSig),
      ...(input.sighashType !== undefined ? { sighashType: input.sighashType } : {}),
    });
  }
  const outputs: PsbtOutput[] = [];
  for (let i = 0; i < tx.outputsLength; i++) {
    const out = tx.getOutput(i);
    const script = out.script ?? new Uint8Array();
    const address = addressOf(script, network);
    outputs.push({ index: i, amount: out.amount ?? 0n, script, ...(address ? { address } : {}) });
  }
  const known = inputs.every((i) => i.amount !== undefined);
  const fee = known
    ? inputs.reduce((sum, i) => sum + i.amount!, 0n) - outputs.reduce((sum, o) => sum + o.amount, 0n)
    : undefined;
  return { inputs, outputs, ...(fee !== undefined ? { fee } : {}) };
}

/**
 * The BIP-143 digest of a P2WPKH input (SIGHASH_ALL only: other types let others change what was
 * signed, which the card cannot show), with the witnessUtxo amount it commits to.
 */
export function p2wpkhInputDigest(tx: Transaction, index: number): Uint8Array {
  const input = tx.getInput(index);
  const utxo = input.witnessUtxo;
  if (!utxo) throw new TypeError(`params.signAtIndex: input ${index} has no witnessUtxo (amount and script)`);
  const decoded = OutScript.decode(utxo.script);
  if (decoded.type !== 'wpkh') throw new TypeError(`params.signAtIndex: input ${index} is not P2WPKH`);
  if (input.sighashType !== undefined && input.sighashType !== SigHash.ALL)
    throw new TypeError(
      `params.signAtIndex: input ${index} asks for sighash ${input.sighashType}; only SIGHASH_ALL is signed`,
    );
  const scriptCode = OutScript.encode({ type: 'pkh', hash: decoded.hash });
  return tx.preimageWitnessV0(index, scriptCode, SigHash.ALL, utxo.amount);
}

/** Puts a partial signature (64-byte r ‖ s, low-s) and its public key on input `index`. */
export function addPartialSignature(tx: Transaction, index: number, publicKey: Uint8Array, rs: Uint8Array) {
  const der = secp256k1.Signature.fromBytes(rs.slice(0, 64), 'compact').toBytes('der');
  tx.updateInput(index, { partialSig: [[publicKey, concatBytes(der, Uint8Array.of(SigHash.ALL))]] }, true);
}

/** The PSBT as hex and base64. */
export function encodePsbt(tx: Transaction): { hex: string; psbt: string } {
  const bytes = tx.toPSBT();
  return { hex: bytesToHex(bytes), psbt: base64.encode(bytes) };
}
