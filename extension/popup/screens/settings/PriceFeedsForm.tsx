/**
 * Settings → Price feeds (CONTRACT.md "price feeds"): per symbol a field **<SYMBOL> price feed**
 * (a Chainlink AggregatorV3 address; empty for none) and a select **<SYMBOL> feed network** (the EVM
 * network whose RPC reads it), one button **Save price feeds**. Kept in the vault's private state.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { NetworksView } from '../../../../src/rpc/procedures/networks';
import { getPriceFeeds, type PriceFeedsView, setPriceFeeds } from '../../../../src/rpc/procedures/priceFeeds';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
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
    setDone(t('settingsSaved'));
  };

  return (
    <form className="stack" aria-labelledby={id} onSubmit={submit} noValidate>
      <h3 id={id}>{t('settingsPriceFeedsTitle')}</h3>
      <p className="hint">{t('settingsPriceFeedsIntro')}</p>
      {rows.map((row) => (
        <div className="stack" key={row.symbol}>
          <TextField
            id={`${id}-${row.symbol}-a`}
            label={t('settingsPriceFeedLabel', row.symbol)}
            mono
            value={row.address}
            placeholder={t('settingsPriceFeedNone')}
            onChange={(address) => edit(row.symbol, { address, isDefault: false })}
          />
          <div className="field">
            <label htmlFor={`${id}-${row.symbol}-n`}>{t('settingsFeedNetworkLabel', row.symbol)}</label>
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
          {row.isDefault && <p className="hint">{t('settingsPriceFeedDefault', row.symbol)}</p>}
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
          {t('settingsSavePriceFeeds')}
        </button>
        <Working busy={busy} label={t('settingsSaving')} />
      </div>
    </form>
  );
}
