/**
 * Settings → Price feeds (CONTRACT.md "price feeds"): per symbol a field **<SYMBOL> price feed**
 * (a Chainlink AggregatorV3 address; empty for none) and a select **<SYMBOL> feed network** (the EVM
 * network whose RPC reads it), one button **Save price feeds**. Kept in the vault's private state.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { NetworksView } from '../../../../src/rpc/procedures/networks';
import { getPriceFeeds, type PriceFeedsView, setPriceFeeds } from '../../../../src/rpc/procedures/priceFeeds';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

type Row = PriceFeedsView['feeds'][number];

export function PriceFeedsForm({ networks }: { networks: NetworksView | null }) {
  const id = useId();
  const [rows, setRows] = useState<Row[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  useEffect(() => {
    void run(() => call(getPriceFeeds, {})).then((view) => view && setRows(view.feeds));
  }, [run]);

  const edit = (symbol: string, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.symbol === symbol ? { ...r, ...change } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const feeds = rows.map(({ symbol, address, networkId }) => ({
      symbol,
      address: address.trim(),
      networkId,
    }));
    const view = await run(() => call(setPriceFeeds, { feeds }));
    if (!view) return;
    setRows(view.feeds);
    setDone('Saved.');
  };

  return (
    <form className="stack" aria-labelledby={id} onSubmit={submit} noValidate>
      <h3 id={id}>Price feeds</h3>
      <p className="hint">
        US-dollar values come from Chainlink price feeds read through your own RPC, never from a price server.
        Leave an address empty for no price.
      </p>
      {rows.map((row) => (
        <div className="stack" key={row.symbol}>
          <div className="field">
            <label htmlFor={`${id}-${row.symbol}-a`}>{`${row.symbol} price feed`}</label>
            <input
              id={`${id}-${row.symbol}-a`}
              autoComplete="off"
              spellCheck={false}
              value={row.address}
              placeholder="0x… (none)"
              onChange={(e) => edit(row.symbol, { address: e.target.value, isDefault: false })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-${row.symbol}-n`}>{`${row.symbol} feed network`}</label>
            <select
              id={`${id}-${row.symbol}-n`}
              value={row.networkId}
              onChange={(e) => edit(row.symbol, { networkId: e.target.value, isDefault: false })}
            >
              {(networks?.networks ?? []).map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </select>
          </div>
          {row.isDefault && <p className="hint">Chainlink's {row.symbol}/USD feed on Ethereum mainnet.</p>}
        </div>
      ))}
      <ErrorAlert message={error} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || rows.length === 0}>
          Save price feeds
        </button>
        <Working busy={busy} label="Saving…" />
      </div>
    </form>
  );
}
