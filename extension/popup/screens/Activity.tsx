/**
 * The wallet's transactions, newest first, as the ring recorded them, for every currency or one
 * (select **Currency**). While one is pending the list is re-read every 3 s (useActivity).
 */
import { useState } from 'react';
import type { ActivityItem } from '../../../src/rpc/procedures/sites';
import { ActivityList, currencyOf } from '../components/ActivityList';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { SkeletonRows } from '../components/Skeleton';
import { t } from '../i18n';
import { useActivity } from '../useActivity';

export function Activity({ onBack }: { onBack(): void }) {
  const [currency, setCurrency] = useState('');
  const { view, busy, error, load } = useActivity();

  return (
    <section className="stack" aria-labelledby="activity-title">
      <ScreenHeader id="activity-title" title={t('activityTitle')} onBack={onBack} />
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary small" onClick={load} disabled={busy}>
          {t('activityRefresh')}
        </button>
        {view && <Working busy={busy} label={t('activityLoading')} />}
      </div>
      {!view && busy && <SkeletonRows rows={3} label={t('activityLoading')} />}
      {view && view.items.length === 0 && <p className="empty">{t('activityEmpty')}</p>}
      {view && view.items.length > 0 && (
        <>
          <CurrencyFilter items={view.items} value={currency} onChange={setCurrency} />
          <ActivityList
            items={view.items.filter((item) => currency === '' || currencyOf(item) === currency)}
          />
        </>
      )}
    </section>
  );
}

function CurrencyFilter(props: { items: ActivityItem[]; value: string; onChange(value: string): void }) {
  const currencies = [...new Set(props.items.map(currencyOf))].sort();
  return (
    <div className="field">
      <label htmlFor="activity-currency">{t('activityCurrency')}</label>
      <select id="activity-currency" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('activityAllCurrencies')}</option>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}
