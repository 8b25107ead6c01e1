/**
 * The networks the wallet knows, each with its editable RPC URL. The ring validates the URL (only
 * http(s)) and stores it; every answer is the whole NetworksView, which the app shares with the
 * header picker so both show the same state.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { getNetworks, type NetworksView, setRpcUrl } from '../../../../src/rpc/procedures/networks';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

type Network = NetworksView['networks'][number];

interface Props {
  view: NetworksView | null;
  onChange(view: NetworksView): void;
}

/** The ring stores URLs normalised (`new URL(...).href`), so compare them that way. */
function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

function NetworkRow({ network, onChange }: { network: Network; onChange(view: NetworksView): void }) {
  const id = useId();
  const [draft, setDraft] = useState(network.rpcUrl);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const isDefault = sameUrl(network.rpcUrl, network.defaultRpcUrl);

  // Another change (a reset, the same network edited elsewhere) replaces the draft.
  useEffect(() => setDraft(network.rpcUrl), [network.rpcUrl]);

  const save = async (rpcUrl: string, message: string) => {
    setDone(null);
    const view = await run(() => call(setRpcUrl, { id: network.id, rpcUrl }));
    if (!view) return;
    onChange(view);
    setDraft(view.networks.find((n) => n.id === network.id)?.rpcUrl ?? rpcUrl);
    setDone(message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(draft.trim(), t('settingsSaved'));
  };

  return (
    <form className="stack" aria-labelledby={`${id}-t`} onSubmit={submit} noValidate>
      <h4 id={`${id}-t`} style={{ margin: 0 }}>
        {network.name} <span className="hint">{t('settingsChainId', network.chainId)}</span>
      </h4>
      <TextField
        id={id}
        label={t('settingsRpcUrlFor', network.name)}
        type="url"
        inputMode="url"
        mono
        value={draft}
        disabled={busy}
        hint={isDefault ? t('settingsRpcUrlIsDefault') : t('settingsRpcUrlDefault', network.defaultRpcUrl)}
        onChange={(value) => {
          setDraft(value);
          setDone(null);
        }}
      />
      <ErrorAlert message={error} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy || draft.trim() === ''}>
          {t('settingsSave')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void save(network.defaultRpcUrl, t('settingsResetDone'))}
        >
          {t('settingsReset')}
        </button>
        <Working busy={busy} label={t('settingsSaving')} />
      </div>
    </form>
  );
}

export function NetworksForm({ view, onChange }: Props) {
  const id = useId();
  const { error, run } = useAction();

  // Re-read on opening: the list may have changed since the app last asked.
  useEffect(() => {
    void run(() => call(getNetworks, {})).then((next) => next && onChange(next));
  }, [run, onChange]);

  return (
    <section className="stack" aria-labelledby={id}>
      <h3 id={id}>{t('settingsNetworksTitle')}</h3>
      <ErrorAlert message={error} />
      {view?.networks.map((network) => (
        <NetworkRow key={network.id} network={network} onChange={onChange} />
      ))}
    </section>
  );
}
