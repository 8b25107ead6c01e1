/**
 * Home's portfolio (getPortfolio): the balances at once, then the same with prices, so a slow
 * price feed never holds the balances back. `loading` until the first balances arrive, `pricing`
 * while the priced read runs.
 *
 *   const { view, loading, pricing, error, load } = usePortfolio();
 */
import { useCallback, useEffect, useState } from 'react';
import { getPortfolio, type PortfolioView } from '../../src/rpc/procedures/portfolio';
import { call } from './ringClient';
import { useAction } from './useAction';

export function usePortfolio() {
  const [view, setView] = useState<PortfolioView | null>(null);
  const [pricing, setPricing] = useState(false);
  const { busy, error, run } = useAction();
  const load = useCallback(async () => {
    const balances = await run(() => call(getPortfolio, { prices: false }));
    if (!balances) return;
    setView(balances);
    setPricing(true);
    const priced = await run(() => call(getPortfolio, { prices: true })).finally(() => setPricing(false));
    if (priced) setView(priced);
  }, [run]);
  useEffect(() => void load(), [load]);

  return { view, busy, loading: busy && !pricing, pricing, error, load };
}
