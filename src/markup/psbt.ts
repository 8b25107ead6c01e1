/**
 * A site's signPsbt request (BIP-174, https://github.com/bitcoin/bips/blob/master/bip-0174.mediawiki)
 * → a `psbt` card: summary lines first — how many inputs the wallet signs and what they hold, every
 * output with its amount and address (the wallet's own change or receive addresses named as such),
 * the fee — then every input and output as fields. Amounts come from each input's witnessUtxo,
 * which the PSBT's author wrote: the risk note says so.
 *
 *   psbtCard(base, { network, view, own, toSign: [0], broadcast: false }).summary[0];
 *   // 'Sign 1 of 2 inputs of a Litecoin regtest transaction'
 */
import type { UtxoNetwork } from '../chains/utxo/networks';
import type { PsbtView } from '../chains/utxo/psbt';
import { type Card, type CardBase, card, type Field, type Risk, risk } from './card';
import { formatUnits } from './format';

export interface PsbtFacts {
  network: UtxoNetwork;
  view: PsbtView;
  /** For each input/output script (hex) that is the wallet's own: is it a change address? */
  own: ReadonlyMap<string, { change: boolean }>;
  /** Input indices the wallet will sign. */
  toSign: readonly number[];
  broadcast: boolean;
}

const hexOf = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function psbtCard(base: CardBase, f: PsbtFacts): Card {
  const coin = (sats: bigint) => `${formatUnits(sats, 8)} ${f.network.symbol}`;
  const signing = new Set(f.toSign);
  const ownOf = (script?: Uint8Array) => (script ? f.own.get(hexOf(script)) : undefined);
  const where = (address: string | undefined, script: Uint8Array) =>
    address ?? `script ${hexOf(script).slice(0, 80)}`;

  const inputs: Field[] = f.view.inputs.map((i) => {
    const mine = ownOf(i.script);
    const role = signing.has(i.index)
      ? 'yours, you sign it'
      : mine
        ? 'yours, not signed now'
        : 'not yours, left as it is';
    const amount = i.amount !== undefined ? coin(i.amount) : 'amount not stated';
    return {
      label: `Input ${i.index + 1} (${role})`,
      value: `${amount} from ${i.txid}:${i.vout}${i.address ? ` (${i.address})` : ''}`,
    };
  });
  const outputLine = (o: PsbtView['outputs'][number]) => {
    const mine = ownOf(o.script);
    const to = where(o.address, o.script);
    if (mine?.change) return `${coin(o.amount)} back to your change address ${to}`;
    if (mine) return `${coin(o.amount)} to your own address ${to}`;
    return `${coin(o.amount)} to ${to}`;
  };
  const outputs: Field[] = f.view.outputs.map((o) => ({
    label: `Output ${o.index + 1}${ownOf(o.script) ? (ownOf(o.script)!.change ? ' (your change)' : ' (yours)') : ''}`,
    value: outputLine(o),
  }));

  const signed = f.view.inputs.filter((i) => signing.has(i.index));
  const spent = signed.reduce((sum, i) => sum + (i.amount ?? 0n), 0n);
  const summary = [
    `Sign ${signed.length} of ${f.view.inputs.length} input${f.view.inputs.length === 1 ? '' : 's'} of a ${f.network.name} transaction`,
    `Your inputs spend ${coin(spent)}: ${signed.map((i) => `input ${i.index + 1}`).join(', ')}`,
    ...f.view.outputs.map((o) => `Output ${o.index + 1}: ${outputLine(o)}`),
    f.view.fee !== undefined
      ? `Network fee ${coin(f.view.fee)}`
      : 'Network fee unknown: an input does not state its amount',
    f.broadcast
      ? 'Ringfence broadcasts the transaction once signed'
      : 'The site gets the signed PSBT back; nothing is broadcast',
  ];

  const risks: Risk[] = [
    risk(
      'psbt-amounts-from-site',
      'info',
      'Input amounts come from the PSBT the site wrote; your signature commits to them, so a false amount makes it invalid.',
    ),
  ];
  if (f.view.fee !== undefined && f.view.fee < 0n)
    risks.push(
      risk(
        'psbt-negative-fee',
        'danger',
        'The outputs pay more than the inputs hold: this transaction is invalid as stated.',
      ),
    );
  else if (f.view.fee !== undefined && spent > 0n && f.view.fee * 10n > spent)
    risks.push(risk('high-fee', 'warning', 'The network fee is more than 10% of what your inputs spend.'));

  return card('psbt', base, {
    title: `Sign a ${f.network.name} transaction (PSBT)`,
    summary,
    fields: [
      { label: 'Network', value: f.network.name },
      { label: 'Inputs', children: inputs },
      { label: 'Outputs', children: outputs },
      ...(f.view.fee !== undefined
        ? [{ label: 'Fee', value: coin(f.view.fee), format: 'amount' as const }]
        : []),
    ],
    risks,
  });
}
