/**
 * A P2WPKH payment, BIP-84 wallet style, built with @scure/btc-signer and signed through the
 * ring: planPayment selects coins and adds change (RBF on, dust and fee sanity checks),
 * sighashesOf gives each input's BIP-143 digest, attachSignatures puts the ring's signatures in
 * and finalises. Amounts are bigint satoshis.
 *
 *   const plan = planPayment({ network, utxos, to, amount: 100_000_000n, changeAddress, feeRate: 2n });
 *   const digests = sighashesOf(plan);                       // → declassify.sign per input
 *   const { hex, txid } = attachSignatures(plan, signatures);
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { OutScript, SigHash, selectUTXO, type Transaction } from '@scure/btc-signer';
import { validateUtxoAddress } from './address';
import type { UtxoNetwork } from './networks';

/** BIP-125: a sequence below 0xfffffffe signals replace-by-fee. */
export const RBF_SEQUENCE = 0xfffffffd;
/** Bitcoin Core's dust threshold for a P2WPKH output at the default 3 sat/vB dust relay fee. */
export const P2WPKH_DUST = 294n;
/** A fee above this share of the amount needs `allowHighFee` (a typo in the fee rate costs money). */
export const MAX_FEE_SHARE = 10n; // percent

export interface Utxo {
  txid: string;
  vout: number;
  amount: bigint;
  /** Its scriptPubKey: 0014 ‖ hash160(our public key). */
  script: Uint8Array;
}

export interface PaymentRequest {
  network: UtxoNetwork;
  utxos: readonly Utxo[];
  to: string;
  amount: bigint;
  changeAddress: string;
  /** sat per vbyte. */
  feeRate: bigint;
  allowHighFee?: boolean;
}

export interface Plan {
  tx: Transaction;
  fee: bigint;
  /** The UTXOs spent, in input order (the caller signs each with its key). */
  spent: Utxo[];
  /** The change output's amount, if any (it pays `changeAddress`). */
  change?: bigint;
}

export function planPayment(req: PaymentRequest): Plan {
  validateUtxoAddress(req.to, req.network);
  validateUtxoAddress(req.changeAddress, req.network);
  if (typeof req.amount !== 'bigint' || req.amount < P2WPKH_DUST)
    throw new RangeError(
      `amount: at least ${P2WPKH_DUST} sat (smaller outputs are dust the network refuses)`,
    );
  if (typeof req.feeRate !== 'bigint' || req.feeRate < 1n || req.feeRate > 10_000n)
    throw new RangeError('feeRate: expected 1…10000 sat/vB');
  const inputs = req.utxos.map((u) => ({
    txid: hexToBytes(u.txid),
    index: u.vout,
    witnessUtxo: { script: u.script, amount: u.amount },
    sequence: RBF_SEQUENCE,
  }));
  const selected = selectUTXO(inputs, [{ address: req.to, amount: req.amount }], 'default', {
    feePerByte: req.feeRate,
    changeAddress: req.changeAddress,
    network: req.network,
    createTx: true,
    dust: P2WPKH_DUST,
  });
  if (!selected?.tx || selected.fee === undefined)
    throw new RangeError('amount: not enough funds for the amount and the fee');
  const fee = selected.fee;
  if (!req.allowHighFee && fee * 100n > req.amount * MAX_FEE_SHARE)
    throw new RangeError(
      `fee: ${fee} sat is more than ${MAX_FEE_SHARE}% of the amount; confirm the fee to send anyway`,
    );
  const key = (txid: string, vout: number) => `${txid}:${vout}`;
  const byOutpoint = new Map(req.utxos.map((u) => [key(u.txid.toLowerCase(), u.vout), u]));
  const spent = Array.from({ length: selected.tx.inputsLength }, (_, i) => {
    const input = selected.tx!.getInput(i);
    const hex = Array.from(input.txid!, (b) => b.toString(16).padStart(2, '0')).join('');
    return byOutpoint.get(key(hex, input.index!))!;
  });
  const change = selected.change ? selected.outputs.at(-1)?.amount : undefined;
  return { tx: selected.tx, fee, spent, ...(change !== undefined ? { change } : {}) };
}

/** Each input's BIP-143 digest (SIGHASH_ALL) for its P2WPKH key: scriptCode = P2PKH of the key hash. */
export function sighashesOf(plan: Plan): Uint8Array[] {
  return plan.spent.map((u, i) => {
    const scriptCode = OutScript.encode({ type: 'pkh', hash: u.script.slice(2) });
    return plan.tx.preimageWitnessV0(i, scriptCode, SigHash.ALL, u.amount);
  });
}

/** Puts each input's signature (64-byte r ‖ s, low-s) and public key in, finalises, extracts. */
export function attachSignatures(
  plan: Plan,
  signatures: readonly { publicKey: Uint8Array; rs: Uint8Array }[],
) {
  if (signatures.length !== plan.spent.length)
    throw new TypeError(`signatures: expected ${plan.spent.length}, got ${signatures.length}`);
  for (const [i, { publicKey, rs }] of signatures.entries()) {
    const der = secp256k1.Signature.fromBytes(rs.slice(0, 64), 'compact').toBytes('der');
    plan.tx.updateInput(i, { partialSig: [[publicKey, concatBytes(der, Uint8Array.of(SigHash.ALL))]] });
    plan.tx.finalizeIdx(i);
  }
  return { hex: plan.tx.hex, txid: plan.tx.id };
}
