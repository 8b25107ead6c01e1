/**
 * The card of a Bitcoin/Litecoin payment made from the popup (issue 9): who gets what, the fee,
 * the change that comes back, and every input and output, so nothing is hidden behind "Send".
 *
 *   const c = utxoPaymentCard({ symbol: 'LTC', network: 'Litecoin regtest', to, amount, plan, changeAddress });
 */
import type { Plan } from '../chains/utxo/transaction';
import { type Card, card, type Field, type Risk } from './card';
import { formatUnits } from './format';

export interface UtxoPaymentFacts {
  symbol: string;
  network: string;
  to: string;
  amount: bigint;
  feeRate: bigint;
  changeAddress: string;
  plan: Plan;
}

const coin = (sats: bigint, symbol: string) => `${formatUnits(sats, 8)} ${symbol}`;

export function utxoPaymentCard(f: UtxoPaymentFacts): Card {
  const inputs: Field[] = f.plan.spent.map((u, i) => ({
    label: `Input ${i + 1}`,
    value: `${coin(u.amount, f.symbol)} from ${u.txid}:${u.vout}`,
  }));
  const outputs: Field[] = [];
  for (let i = 0; i < f.plan.tx.outputsLength; i++) {
    const out = f.plan.tx.getOutput(i);
    const isChange =
      f.plan.change !== undefined && out.amount === f.plan.change && i === f.plan.tx.outputsLength - 1;
    outputs.push({
      label: `Output ${i + 1}${isChange ? ' (your change)' : ''}`,
      value: `${coin(out.amount ?? 0n, f.symbol)} to ${isChange ? f.changeAddress : f.to}`,
    });
  }
  const risks: Risk[] = [];
  if (f.plan.fee * 100n > f.amount)
    risks.push({
      code: 'high-fee',
      level: 'warning',
      text: 'The network fee is more than 1% of the amount sent.',
    });
  return card(
    'transaction',
    {
      origin: 'Ringfence (this wallet)',
      raw: { to: f.to, amount: f.amount, feeRate: f.feeRate, hex: f.plan.tx.hex },
    },
    {
      title: `Send ${coin(f.amount, f.symbol)}`,
      summary: [
        `Send ${coin(f.amount, f.symbol)} to ${f.to} on ${f.network}`,
        `Network fee ${coin(f.plan.fee, f.symbol)} (${f.feeRate} sat/vB), replaceable (RBF)`,
        ...(f.plan.change !== undefined
          ? [`${coin(f.plan.change, f.symbol)} comes back to your change address ${f.changeAddress}`]
          : []),
      ],
      fields: [
        { label: 'Inputs', children: inputs },
        { label: 'Outputs', children: outputs },
        { label: 'Fee', value: coin(f.plan.fee, f.symbol), format: 'amount' },
      ],
      risks,
    },
  );
}
