/**
 * Which inputs of a site's PSBT the wallet signs. Named inputs (`signAtIndex`, Leather; or
 * `signInputs: { address: [indices] }`, Xverse) must exist and be the wallet's own P2WPKH inputs:
 * asking the wallet to sign someone else's input is refused, naming the input. Nothing named: every
 * unsigned input of the wallet's own. Each chosen input's BIP-143 digest is computed here, so a
 * PSBT that cannot be signed fails before the card is shown.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Transaction } from '@scure/btc-signer';
import type { PsbtView } from '../../../chains/utxo/psbt';
import { p2wpkhInputDigest } from '../../../chains/utxo/psbt';
import type { OwnAddress } from '../../../wallet/bitcoinDapp';

export interface InputChoice {
  signAtIndex?: number | number[];
  signInputs?: Record<string, number[]>;
}

export interface ChosenInput {
  index: number;
  path: string;
  digest: Uint8Array;
}

export function chooseInputs(
  tx: Transaction,
  view: PsbtView,
  own: ReadonlyMap<string, OwnAddress>,
  choice: InputChoice,
): ChosenInput[] {
  const count = view.inputs.length;
  const named = new Map<number, string>(); // index → the param that named it
  const exists = (field: string, i: number) => {
    if (i >= count) throw new TypeError(`${field}: input ${i} does not exist (the PSBT has ${count} inputs)`);
  };
  const at = choice.signAtIndex;
  for (const i of at === undefined ? [] : Array.isArray(at) ? at : [at]) {
    exists('params.signAtIndex', i);
    named.set(i, 'params.signAtIndex');
  }
  for (const [address, list] of Object.entries(choice.signInputs ?? {})) {
    const field = `params.signInputs.${address.replace(/[^\w]/g, '').slice(0, 90)}`;
    for (const i of list) {
      exists(field, i);
      if (view.inputs[i]!.address !== address)
        throw new TypeError(`${field}: input ${i} does not spend from that address`);
      named.set(i, field);
    }
  }
  const ownOf = (i: number) => {
    const script = view.inputs[i]!.script;
    return script ? own.get(bytesToHex(script)) : undefined;
  };
  let chosen: [number, OwnAddress, string][];
  if (named.size > 0) {
    chosen = [...named].map(([i, field]) => {
      const mine = ownOf(i);
      if (!mine)
        throw new TypeError(
          `${field}: input ${i} does not belong to this wallet; Ringfence signs only its own inputs`,
        );
      return [i, mine, field];
    });
  } else {
    chosen = view.inputs.flatMap((input) => {
      const mine = ownOf(input.index);
      return mine && !input.signed
        ? [[input.index, mine, 'params.signAtIndex'] as [number, OwnAddress, string]]
        : [];
    });
    if (chosen.length === 0)
      throw new TypeError('params: no unsigned input of this PSBT belongs to this wallet');
  }
  return chosen
    .sort((a, b) => a[0] - b[0])
    .map(([index, mine, field]) => {
      try {
        return { index, path: mine.path, digest: p2wpkhInputDigest(tx, index) };
      } catch (e) {
        throw new TypeError((e as Error).message.replace(/^params\.signAtIndex/, field));
      }
    });
}
