/**
 * The sites this wallet gave accounts to (EIP-2255 permissions, one grant per exact origin), each
 * with Revoke. Revoking only forgets the grant: the site must ask again to see an account.
 */
import { useId, useState } from 'react';
import { shortAddress } from '../../../src/markup/format';
import { type ConnectedSitesView, getConnectedSites, revokeSite } from '../../../src/rpc/procedures/sites';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { t, uiLocale } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';
import { useRingView } from '../useRingView';

type Site = ConnectedSitesView['sites'][number];

const date = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
const number = new Intl.NumberFormat(uiLocale());

export function ConnectedSites({ onBack }: { onBack(): void }) {
  const [revoking, setRevoking] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const { view, setView, reload } = useRingView(run, getConnectedSites);

  const revoke = async (origin: string) => {
    setRevoking(origin);
    const next = await run(() => call(revokeSite, { origin }));
    if (next) setView(next);
    setRevoking(null);
  };

  return (
    <section className="stack" aria-labelledby="sites-title">
      <ScreenHeader id="sites-title" title={t('sitesTitle')} onBack={onBack} />
      <p className="hint">{t('sitesHint')}</p>
      {!view && !error && <p role="status">{t('sitesLoading')}</p>}
      <ErrorAlert message={error} />
      {!view && error && (
        <button type="button" className="secondary" onClick={reload} disabled={busy}>
          {t('retry')}
        </button>
      )}
      {view && view.sites.length === 0 && <p className="empty">{t('sitesNone')}</p>}
      {view && view.sites.length > 0 && (
        <ul className="list">
          {view.sites.map((site) => (
            <SiteItem
              key={site.origin}
              site={site}
              busy={busy}
              revoking={revoking === site.origin}
              onRevoke={() => void revoke(site.origin)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  site: Site;
  busy: boolean;
  revoking: boolean;
  onRevoke(): void;
}

function SiteItem({ site, busy, revoking, onRevoke }: ItemProps) {
  const id = useId();
  const count = site.accounts.length;
  return (
    <li className="list-item">
      <div className="row spread">
        {/* Every button is named "Revoke" (CONTRACT.md); the origin describes which. */}
        <span id={id} className="origin" translate="no">
          {site.origin}
        </span>
        <button
          type="button"
          className="secondary small"
          aria-describedby={id}
          disabled={busy}
          onClick={onRevoke}
        >
          {t('sitesRevoke')}
        </button>
      </div>
      <p className="meta">
        {count === 1 ? t('sitesOneAccount') : t('sitesAccounts', number.format(count))}{' '}
        {site.accounts.map((address, index) => (
          <span key={address}>
            {index > 0 && ', '}
            <span className="mono" title={address} translate="no">
              {shortAddress(address)}
            </span>
          </span>
        ))}
        {Number.isFinite(site.grantedAt) && ` · ${t('sitesSince', date.format(site.grantedAt))}`}
      </p>
      <Working busy={revoking} label={t('sitesRevoking')} />
    </li>
  );
}
