/**
 * The popup: renders what the ring describes and nothing more. It holds no secret and parses no
 * raw request; every action is a procedure call.
 */
import { useCallback, useEffect, useState } from 'react';
import { getNetworks, type NetworksView, selectNetwork } from '../../src/rpc/procedures/networks';
import { getStatus, type WalletStatus } from '../../src/rpc/procedures/status';
import { NetworkPicker } from './NetworkPicker';
import { call, errorMessage } from './ringClient';

export function App() {
  const [status, setStatus] = useState<WalletStatus | null>(null);
  const [networks, setNetworks] = useState<NetworksView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [nextStatus, nextNetworks] = await Promise.all([call(getStatus, {}), call(getNetworks, {})]);
      setStatus(nextStatus);
      setNetworks(nextNetworks);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    // The benchmark reads this mark: popup open → first meaningful render.
    if (status) performance.mark('ringfence:first-render');
  }, [status]);

  const onSelect = async (id: string) => {
    try {
      setNetworks(await call(selectNetwork, { id }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <main className="screen">
      <header className="bar">
        <h1>Ringfence</h1>
        {networks && <NetworkPicker view={networks} onSelect={onSelect} />}
      </header>
      {error && (
        <p role="alert" className="error">
          {error}{' '}
          <button type="button" onClick={refresh}>
            Retry
          </button>
        </p>
      )}
      {!status && !error && <p role="status">Opening the wallet…</p>}
      {status?.state === 'uninitialized' && (
        <section className="welcome" aria-label="Get started">
          <p>No wallet yet. Create one, import a recovery phrase, or recover with your guardians.</p>
          <button type="button" onClick={() => setNotice('Creating a wallet arrives with the vault.')}>
            Create a new wallet
          </button>
          <button type="button" onClick={() => setNotice('Importing a wallet arrives with the vault.')}>
            Import a wallet
          </button>
          <button type="button" onClick={() => setNotice('Guardian recovery arrives with recovery.')}>
            Recover with guardians
          </button>
          {notice && <p role="status">{notice}</p>}
        </section>
      )}
    </main>
  );
}
