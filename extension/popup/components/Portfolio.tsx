/**
 * The portfolio on the home screen (CONTRACT.md "portfolio"): the total on top, then tabs — each
 * currency's balance as text with its symbol ("50 LTC"), per network, and the recent activity.
 * What is not spendable yet, and what could not be read, is said in words. UTXO networks are
 * read only once the user chose a backend for them (Settings). Values in US dollars come from
 * on-chain price feeds; "no price" / "price stale" is said, never guessed, and the total names
 * what it leaves out. Skeletons stand where balances and prices are still coming.
 */
import type { ReactNode } from 'react';
import type { PortfolioView } from '../../../src/rpc/procedures/portfolio';
import { t } from '../i18n';
import { usePortfolio } from '../usePortfolio';
import { AddToken } from './AddToken';
import { AssetIcon } from './AssetIcon';
import { ErrorAlert } from './ErrorAlert';
import { Icon } from './Icon';
import { SkeletonBar, SkeletonRows } from './Skeleton';
import { Tabs } from './Tabs';

interface Props {
  /** The primary actions under the total (Send, Receive, Guardians). */
  actions: ReactNode;
  /** The Activity tab's content. */
  activity: ReactNode;
}

export function Portfolio({ actions, activity }: Props) {
  const { view, busy, loading, pricing, error, load } = usePortfolio();
  return (
    <section className="portfolio stack" aria-label={t('portfolioTitle')}>
      <div className="hero">
        <div className="hero-top">
          <Total view={view} pricing={pricing} />
          <button
            type="button"
            className={busy ? 'icon-button spinning' : 'icon-button'}
            aria-label={t('portfolioRefresh')}
            title={t('portfolioRefresh')}
            onClick={load}
            disabled={busy}
          >
            <Icon name="refresh" />
          </button>
        </div>
        {actions}
      </div>
      <ErrorAlert message={error} />
      {pricing && (
        <span role="status" className="visually-hidden">
          {t('portfolioReadingPrices')}
        </span>
      )}
      <Tabs
        label={t('homeTabsLabel')}
        tabs={[
          {
            id: 'assets',
            label: t('homeTabAssets'),
            panel: <Assets view={view} loading={loading} pricing={pricing} onAdded={load} />,
          },
          { id: 'activity', label: t('homeTabActivity'), panel: activity },
        ]}
      />
    </section>
  );
}

function Total({ view, pricing }: { view: PortfolioView | null; pricing: boolean }) {
  // A total that values nothing ("≈ $0.00", everything left out) would read as an empty wallet.
  const valued = view?.items.some((item) => item.value !== undefined) ?? false;
  if (view?.total && valued)
    return (
      <div className="total-box">
        <p className="total">
          <span className="total-label">{t('portfolioTotal')}</span>{' '}
          <span className="total-value">{`≈ ${view.total.value}`}</span>
        </p>
        {view.total.leftOut.length > 0 && (
          <p className="muted">{t('portfolioLeavesOut', view.total.leftOut.join(', '))}</p>
        )}
      </div>
    );
  return (
    <div className="total-box">
      <p className="total">
        <span className="total-label">{t('portfolioTotal')}</span>{' '}
        {!view || pricing ? (
          <SkeletonBar width="140px" height={28} />
        ) : (
          <span className="total-value" aria-hidden="true">
            —
          </span>
        )}
      </p>
      {view && !pricing && <p className="muted">{t('portfolioNoTotal')}</p>}
    </div>
  );
}

function Assets(props: { view: PortfolioView | null; loading: boolean; pricing: boolean; onAdded(): void }) {
  const { view, loading, pricing } = props;
  return (
    <div className="stack">
      {!view ? (
        <SkeletonRows rows={3} label={t('portfolioReadingBalances')} />
      ) : view.items.length === 0 ? (
        <p className="empty">{t('portfolioEmpty')}</p>
      ) : (
        <ul className="assets" aria-busy={loading || pricing}>
          {view.items.map((item) => (
            <li key={`${item.network}-${item.symbol}`} className="asset">
              <AssetIcon symbol={item.symbol} network={item.network} />
              <div className="asset-main">
                {item.amount !== undefined ? (
                  <strong className="asset-amount">{`${item.amount} ${item.symbol}`}</strong>
                ) : (
                  <span className="asset-amount">
                    {t('portfolioUnavailable', item.symbol, item.unavailable ?? t('portfolioUnknownReason'))}
                  </span>
                )}
                <span className="muted">
                  {t('portfolioOnNetwork', item.network)}
                  {item.pending && ` · ${t('portfolioPending', item.pending, item.symbol)}`}
                </span>
              </div>
              <div className="asset-value">
                {item.value ? (
                  <span>{`≈ ${item.value}`}</span>
                ) : item.price ? (
                  <span className="muted" title={item.priceNote}>
                    {item.price === 'none' ? t('portfolioNoPrice') : t('portfolioPriceStale')}
                  </span>
                ) : (
                  pricing && <SkeletonBar width="56px" />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {loading && view && (
        <span role="status" className="visually-hidden">
          {t('portfolioReadingBalances')}
        </span>
      )}
      <AddToken onAdded={props.onAdded} />
      {view && view.notConfigured.length > 0 && <p className="hint">{t('portfolioUtxoHint')}</p>}
    </div>
  );
}
