/**
 * Settings → Networks for Bitcoin and Litecoin (CONTRACT.md "networks"): per network a select
 * **Backend** ("Esplora" or "Node RPC"), fields **URL**, **RPC user**, **RPC password**, **Save**.
 * The password goes to the ring and is sealed in the vault; it is never shown again (an empty
 * field keeps the stored one). A node URL outside loopback needs the browser's host permission,
 * asked for on Save, because Core sends no CORS headers.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import browser from 'webextension-polyfill';
import {
  getUtxoNetworks,
  setUtxoBackend,
  type UtxoNetworksView,
} from '../../../../src/rpc/procedures/utxoNetworks';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

type Network = UtxoNetworksView['networks'][number];

/** Asks for access to a non-loopback node (loopback is granted by the manifest); false if refused. */
async function allowNode(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  if (hostname === '127.0.0.1' || hostname === 'localhost') return true;
  try {
    return await browser.permissions.request({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return false;
  }
}

function UtxoNetworkRow({ network, onChange }: { network: Network; onChange(v: UtxoNetworksView): void }) {
  const id = useId();
  const [backend, setBackend] = useState(network.backend);
  const [url, setUrl] = useState(network.url);
  const [user, setUser] = useState(network.user);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (backend === 'node' && !(await allowNode(url.trim()).catch(() => false)))
      return setError(t('settingsNodeNotAllowed', url.trim()));
    const view = await run(() =>
      call(setUtxoBackend, {
        id: network.id,
        backend,
        url: url.trim(),
        ...(backend === 'node' ? { user } : {}),
        ...(backend === 'node' && password !== '' ? { password } : {}),
      }),
    );
    setPassword('');
    if (!view) return;
    onChange(view);
    setDone(t('settingsSaved'));
  };

  return (
    <form className="stack" aria-label={network.name} onSubmit={submit} noValidate>
      <h4 style={{ margin: 0 }}>
        {network.name} <span className="hint">{network.symbol}</span>
      </h4>
      <div className="field">
        <label htmlFor={`${id}-b`}>{t('settingsBackend')}</label>
        <select
          id={`${id}-b`}
          value={backend}
          onChange={(e) => setBackend(e.target.value as Network['backend'])}
        >
          <option value="esplora">{t('settingsBackendEsplora')}</option>
          <option value="node">{t('settingsBackendNode')}</option>
        </select>
      </div>
      <TextField id={`${id}-u`} label={t('settingsUtxoUrl')} type="url" mono value={url} onChange={setUrl} />
      {backend === 'node' && (
        <>
          <TextField id={`${id}-n`} label={t('settingsRpcUser')} value={user} onChange={setUser} />
          <div className="field">
            <label htmlFor={`${id}-p`}>{t('settingsRpcPassword')}</label>
            <input
              id={`${id}-p`}
              type="password"
              autoComplete="off"
              value={password}
              placeholder={network.hasPassword ? t('settingsRpcPasswordStored') : ''}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
        </>
      )}
      <ErrorAlert message={error} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || url.trim() === ''}>
          {t('settingsSave')}
        </button>
        <Working busy={busy} label={t('settingsSaving')} />
      </div>
    </form>
  );
}

export function UtxoNetworksForm() {
  const id = useId();
  const [view, setView] = useState<UtxoNetworksView | null>(null);
  const { error, run } = useAction();
  useEffect(() => {
    void run(() => call(getUtxoNetworks, {})).then((next) => next && setView(next));
  }, [run]);
  return (
    <section className="stack" aria-labelledby={id}>
      <h3 id={id}>{t('settingsUtxoNetworksTitle')}</h3>
      <ErrorAlert message={error} />
      {view?.networks.map((n) => (
        <UtxoNetworkRow key={n.id} network={n} onChange={setView} />
      ))}
    </section>
  );
}
