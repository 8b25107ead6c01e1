/**
 * The portfolio on the home screen (CONTRACT.md "portfolio"): each currency's balance as text with
 * its symbol ("50 LTC"), per network; what is not spendable yet, and what could not be read, said
 * in words. UTXO networks are read only once the user chose a backend for them (Settings). Values
 * in US dollars come from on-chain price feeds; "no price" / "price stale" is said, never guessed,
 * and the total names what it leaves out.
 */
import { useCallback, useEffect, useState } from 'react';
import { getPortfolio, type PortfolioView } from '../../../src/rpc/procedures/portfolio';
import { call } from '../ringClient';
import { useAction } from '../useAction';
import { AddToken } from './AddToken';
import { ErrorAlert, Working } from './ErrorAlert';

export function Portfolio() {
  const [view, setView] = useState<PortfolioView | null>(null);
  const [pricing, setPricing] = useState(false);
  const { busy, error, run } = useAction();
  // Balances at once, then the same with prices: a slow price feed never holds the balances back.
  const load = useCallback(async () => {
    const balances = await run(() => call(getPortfolio, { prices: false }));
    if (!balances) return;
    setView(balances);
    setPricing(true);
    const priced = await run(() => call(getPortfolio, { prices: true })).finally(() => setPricing(false));
    if (priced) setView(priced);
  }, [run]);
  useEffect(() => void load(), [load]);

  return (
    <section className="stack" aria-label="Portfolio">
      <div className="row spread">
        <h3>Portfolio</h3>
        <button type="button" className="secondary small" onClick={load} disabled={busy}>
          Refresh balances
        </button>
      </div>
      <Working busy={busy && !pricing} label="Reading balances…" />
      <Working busy={pricing} label="Reading prices…" />
      <ErrorAlert message={error} />
      <ul className="accounts">
        {view?.items.map((item) => (
          <li key={`${item.network}-${item.symbol}`}>
            {item.amount !== undefined ? (
              <strong>{`${item.amount} ${item.symbol}`}</strong>
            ) : (
              <span>{`${item.symbol}: balance unavailable (${item.unavailable ?? 'unknown'})`}</span>
            )}{' '}
            <span className="muted">on {item.network}</span>
            {item.pending && (
              <span className="muted">{` · ${item.pending} ${item.symbol} not yet spendable`}</span>
            )}
            {item.value && <span>{` · ≈ ${item.value}`}</span>}
            {item.price && (
              <span className="muted" title={item.priceNote}>
                {` · ${item.price === 'none' ? 'no price' : 'price stale'}`}
              </span>
            )}
          </li>
        ))}
      </ul>
      {view?.total && (
        <p>
          <strong>{`Total ≈ ${view.total.value}`}</strong>
          {view.total.leftOut.length > 0 && (
            <span className="muted">{` (leaves out ${view.total.leftOut.join(', ')})`}</span>
          )}
        </p>
      )}
      <AddToken onAdded={load} />
      {view && view.notConfigured.length > 0 && (
        <p className="hint">
          Bitcoin and Litecoin balances appear once you choose a backend for them in Settings (nothing is
          asked before, so no server learns your addresses).
        </p>
      )}
    </section>
  );
}
