/**
 * The popup: renders what the ring describes and nothing more. It holds no secret it does not
 * need on screen and parses no raw request; every action is a procedure call. This file only
 * routes: the ring's lifecycle state picks the screen family, local state the screen within it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { lock } from '../../src/rpc/procedures/lifecycle';
import { getNetworks, type NetworksView, selectNetwork } from '../../src/rpc/procedures/networks';
import type { AccountView } from '../../src/rpc/procedures/schemas';
import { getStatus, type WalletStatus } from '../../src/rpc/procedures/status';
import { AccountHeader } from './components/AccountHeader';
import { ErrorAlert } from './components/ErrorAlert';
import { Icon } from './components/Icon';
import { takeAnsweredFirstStatus, takeFirstStatus } from './firstStatus';
import { t } from './i18n';
import { NetworkPicker } from './NetworkPicker';
import { call, errorMessage, isStale, onDisconnect } from './ringClient';
import { Home } from './screens/Home';
import {
  Activity,
  AddressBook,
  AuditLog,
  BeAGuardian,
  CheckGuardian,
  ConnectedSites,
  CreateWallet,
  GuardianInbox,
  Guardians,
  ImportAccount,
  ImportWallet,
  Receive,
  RecoverWithGuardians,
  Rules,
  Send,
  Settings,
  SetUpGuardians,
} from './screens/lazy';
import { Unlock } from './screens/Unlock';
import { Welcome } from './screens/Welcome';
import { RingUiContext } from './useAction';

// The page speaks the language its words come from (screen readers, hyphenation), not popup.html's "en".
document.documentElement.lang = t('htmlLang');

type Screen =
  | 'start'
  | 'create'
  | 'import'
  | 'recover'
  | 'importAccount'
  | 'settings'
  | 'audit'
  | 'sites'
  | 'activity'
  | 'guardians'
  | 'setupGuardians'
  | 'checkGuardian'
  | 'beGuardian'
  | 'guardianInbox'
  | 'receive'
  | 'send'
  | 'rules'
  | 'addressBook';

export function App() {
  // The ring's first answer, when it came before this first render (main.tsx waits a little for it).
  const [answered] = useState(takeAnsweredFirstStatus);
  const [status, setStatus] = useState<WalletStatus | null>(answered?.[0] ?? null);
  const [screen, setScreen] = useState<Screen>('start');
  const [networks, setNetworks] = useState<NetworksView | null>(answered?.[1] ?? null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checkIndex, setCheckIndex] = useState(1);
  /** The selected account for the header, as Home last read it. */
  const [account, setAccount] = useState<AccountView | null>(null);
  const marked = useRef(false);
  const stateRef = useRef<WalletStatus['state'] | null>(answered?.[0].state ?? null);

  /** Moves to the ring's state; a changed state starts that state's first screen. */
  const applyStatus = useCallback((next: WalletStatus) => {
    const previous = stateRef.current;
    stateRef.current = next.state;
    if (previous !== next.state) setScreen('start');
    if (previous === 'unlocked' && next.state === 'locked') setNotice(t('lockedNotice'));
    if (next.state === 'unlocked') setNotice(null);
    else setAccount(null);
    setStatus(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const [nextStatus, nextNetworks] = await (takeFirstStatus() ??
        Promise.all([call(getStatus, {}), call(getNetworks, {})]));
      applyStatus(nextStatus);
      setNetworks(nextNetworks);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [applyStatus]);

  useEffect(() => {
    if (!answered) void refresh();
    // The worker stopped (idle kill, crash, update): it comes back locked, so re-read the state.
    return onDisconnect(() => void refresh());
  }, [answered, refresh]);

  useEffect(() => {
    // The benchmark reads this mark: popup open → first meaningful render.
    if (status && !marked.current) {
      marked.current = true;
      performance.mark('ringfence:first-render');
    }
  }, [status]);

  const ui = useMemo(
    () => ({
      reportError: (e: unknown) => {
        if (isStale(e)) void refresh();
      },
    }),
    [refresh],
  );

  const onSelectNetwork = async (id: string) => {
    try {
      setNetworks(await call(selectNetwork, { id }));
    } catch (e) {
      setError(errorMessage(e));
      ui.reportError(e);
    }
  };

  const onLock = async () => {
    try {
      applyStatus(await call(lock, {}));
    } catch (e) {
      setError(errorMessage(e));
      ui.reportError(e);
    }
  };

  const home = () => setScreen('start');
  const unlocked = status?.state === 'unlocked';

  return (
    <RingUiContext.Provider value={ui}>
      <main className="screen">
        <header className="bar">
          <h1 className={unlocked ? 'visually-hidden' : 'brand'}>{t('extName')}</h1>
          {unlocked && <AccountHeader account={account} />}
          <div className="bar-end">
            {networks && <NetworkPicker view={networks} onSelect={onSelectNetwork} />}
            {unlocked && (
              <button
                type="button"
                className="icon-button"
                aria-label={t('lock')}
                title={t('lock')}
                onClick={onLock}
              >
                <Icon name="lock" />
              </button>
            )}
          </div>
        </header>
        {error && (
          <div className="row">
            <ErrorAlert message={error} />
            <button type="button" className="secondary small" onClick={refresh}>
              {t('retry')}
            </button>
          </div>
        )}
        {notice && status?.state === 'locked' && <p className="notice">{notice}</p>}
        {!status && !error && <p role="status">{t('opening')}</p>}
        {status?.state === 'uninitialized' &&
          (screen === 'create' ? (
            <CreateWallet onCreated={applyStatus} onNext={setScreen} onBack={home} />
          ) : screen === 'import' ? (
            <ImportWallet onImported={applyStatus} onBack={home} />
          ) : screen === 'recover' ? (
            <RecoverWithGuardians onRecovered={applyStatus} onBack={home} />
          ) : (
            <Welcome onChoose={setScreen} />
          ))}
        {status?.state === 'locked' && <Unlock retryAfterMs={status.retryAfterMs} onUnlocked={applyStatus} />}
        {status?.state === 'unlocked' &&
          (screen === 'importAccount' ? (
            <ImportAccount onDone={home} />
          ) : screen === 'settings' ? (
            <Settings onBack={home} networks={networks} onNetworksChange={setNetworks} />
          ) : screen === 'audit' ? (
            <AuditLog onBack={home} />
          ) : screen === 'sites' ? (
            <ConnectedSites onBack={home} />
          ) : screen === 'activity' ? (
            <Activity onBack={home} />
          ) : screen === 'guardians' ? (
            <Guardians
              onBack={home}
              onSetUp={() => setScreen('setupGuardians')}
              onCheck={(index) => {
                setCheckIndex(index);
                setScreen('checkGuardian');
              }}
            />
          ) : screen === 'setupGuardians' ? (
            <SetUpGuardians onDone={() => setScreen('guardians')} />
          ) : screen === 'checkGuardian' ? (
            <CheckGuardian index={checkIndex} onBack={() => setScreen('guardians')} />
          ) : screen === 'beGuardian' ? (
            <BeAGuardian onBack={home} onInbox={() => setScreen('guardianInbox')} />
          ) : screen === 'send' ? (
            <Send onBack={home} />
          ) : screen === 'receive' ? (
            <Receive onBack={home} />
          ) : screen === 'rules' ? (
            <Rules onBack={home} />
          ) : screen === 'addressBook' ? (
            <AddressBook onBack={home} />
          ) : screen === 'guardianInbox' ? (
            <GuardianInbox onBack={home} />
          ) : (
            <Home onNavigate={setScreen} onAccount={setAccount} />
          ))}
      </main>
    </RingUiContext.Provider>
  );
}
