/**
 * The sites this wallet gave accounts to (EIP-2255 permissions, one grant per exact origin), each
 * with Revoke. Revoking only forgets the grant: the site must ask again to see an account.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { shortAddress } from '../../../src/markup/format';
import { type ConnectedSitesView, getConnectedSites, revokeSite } from '../../../src/rpc/procedures/sites';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { call } from '../ringClient';
import { useAction } from '../useAction';

type Site = ConnectedSitesView['sites'][number];

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ConnectedSites({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<ConnectedSitesView | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const next = await run(() => call(getConnectedSites, {}));
    if (next) setView(next);
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (origin: string) => {
    setRevoking(origin);
    const next = await run(() => call(revokeSite, { origin }));
    if (next) setView(next);
    setRevoking(null);
  };

  return (
    <section className="stack" aria-labelledby="sites-title">
      <div className="row spread">
        <h2 id="sites-title">Connected sites</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <p className="hint">These sites can see the listed accounts and ask you to sign.</p>
      {!view && !error && <p role="status">Loading sites…</p>}
      <ErrorAlert message={error} />
      {!view && error && (
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          Retry
        </button>
      )}
      {view && view.sites.length === 0 && (
        <p className="empty">No site is connected. A site you approve a connection for appears here.</p>
      )}
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
          Revoke
        </button>
      </div>
      <p className="meta">
        {count} {count === 1 ? 'account' : 'accounts'}:{' '}
        {site.accounts.map((address, index) => (
          <span key={address}>
            {index > 0 && ', '}
            <span className="mono" title={address} translate="no">
              {shortAddress(address)}
            </span>
          </span>
        ))}
        {Number.isFinite(site.grantedAt) && ` · since ${date.format(site.grantedAt)}`}
      </p>
      <Working busy={revoking} label="Revoking…" />
    </li>
  );
}
