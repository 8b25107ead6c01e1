/**
 * signPsbt (WBIP, https://wbips.netlify.app/request_api/signPsbt; BIP-174 PSBTs): params
 * { hex | psbt (base64), signAtIndex? | signInputs?, network?, broadcast?, finalize? } → { hex, psbt,
 * txid? }. The card lists every input and output, the fee and the wallet's own addresses; on
 * approve only the chosen inputs (the wallet's own) get a partial signature, through the ring;
 * every other input is left as it came. Finalised only when asked (`finalize`, or `broadcast`,
 * which then sends it through the network's chosen backend).
 */
import * as v from 'valibot';
import { UTXO_NETWORKS } from '../../../chains/utxo/networks';
import { addPartialSignature, describePsbt, encodePsbt, parsePsbt } from '../../../chains/utxo/psbt';
import { psbtCard } from '../../../markup/psbt';
import { labeled } from '../../../ring';
import type { OwnAddress } from '../../../wallet/bitcoinDapp';
import { askUser } from '../approval';
import { dappMethod } from '../types';
import { type ChosenInput, chooseInputs } from './chooseInputs';
import { bitcoinCardBase, requireConnected } from './connect';
import { NetworkParam, networkId } from './network';
import { bitcoinParams } from './params';

const Index = v.pipe(
  v.number('expected an input index'),
  v.integer('expected an integer'),
  v.minValue(0, 'expected ≥ 0'),
);
const Params = bitcoinParams({
  hex: v.optional(
    v.pipe(v.string('expected a hex string'), v.regex(/^([0-9a-fA-F]{2})+$/, 'expected hex bytes')),
  ),
  psbt: v.optional(
    v.pipe(v.string('expected a base64 string'), v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64')),
  ),
  signAtIndex: v.optional(v.union([Index, v.array(Index)], 'expected an input index or a list of them')),
  signInputs: v.optional(v.record(v.string(), v.array(Index), 'expected { address: [input indices] }')),
  network: NetworkParam,
  broadcast: v.optional(v.boolean('expected true or false')),
  finalize: v.optional(v.boolean('expected true or false')),
});

export const signPsbt = dappMethod(Params, async (params, ctx) => {
  const id = networkId(params.network);
  const network = UTXO_NETWORKS[id];
  const tx = parsePsbt(params);
  const view = describePsbt(tx, network);
  const broadcast = params.broadcast === true;
  let chosen: ChosenInput[] = [];
  await askUser(ctx, async () => {
    requireConnected(ctx);
    const own: Map<string, OwnAddress> = ctx.deps.bitcoin.ownScripts(id);
    chosen = chooseInputs(tx, view, own, params);
    return psbtCard(bitcoinCardBase(ctx, { method: 'signPsbt', params }), {
      network,
      view,
      own,
      toSign: chosen.map((c) => c.index),
      broadcast,
    });
  });
  const signatures = ctx.deps.bitcoin.sign(chosen, `signPsbt (${network.name}) for ${ctx.origin}`);
  for (const [n, { index }] of chosen.entries())
    addPartialSignature(tx, index, signatures[n]!.publicKey, signatures[n]!.rs);
  let txid: string | undefined;
  if (params.finalize || broadcast) for (const { index } of chosen) tx.finalizeIdx(index);
  if (broadcast) {
    if (!tx.isFinal)
      throw new TypeError('params.broadcast: other inputs are not signed yet; cannot broadcast');
    txid = await ctx.deps.bitcoin.broadcast(id, tx.hex);
  }
  return labeled('public', { ...encodePsbt(tx), ...(txid ? { txid } : {}) });
});
