/**
 * The unlocked wallet: the selected account first, then the others. Every address appears once
 * on screen, in full, as the ring checksummed it (EIP-55).
 */
import { useEffect, useState } from 'react';
import { addAccount, getAccounts, renameAccount, selectAccount } from '../../../src/rpc/procedures/accounts';
import { lock } from '../../../src/rpc/procedures/lifecycle';
import type { AccountChange, AccountsView } from '../../../src/rpc/procedures/schemas';
import type { WalletStatus } from '../../../src/rpc/procedures/status';
import { applyAccountChange, isStaleCopy } from '../accountsPatch';
import { AccountItem } from '../components/AccountItem';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { Portfolio } from '../components/Portfolio';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';

export type HomeLink =
  | 'importAccount'
  | 'settings'
  | 'audit'
  | 'sites'
  | 'activity'
  | 'guardians'
  | 'beGuardian'
  | 'guardianInbox'
  | 'receive'
  | 'send'
  | 'rules'
  | 'addressBook';

interface Props {
  onLocked(status: WalletStatus): void;
  onNavigate(to: HomeLink): void;
}

export function Home({ onLocked, onNavigate }: Props) {
  const [view, setView] = useState<AccountsView | null>(null);
  const { busy, error, run } = useAction();

  useEffect(() => {
    void run(() => call(getAccounts, {})).then((next) => next && setView(next));
  }, [run]);

  const update = async (action: () => Promise<AccountChange>): Promise<boolean> => {
    const change = await run(action);
    if (!change) return false;
    // The ring answers with the touched account; another window may have changed the list meanwhile.
    if (view && !isStaleCopy(view, change)) setView(applyAccountChange(view, change));
    else void run(() => call(getAccounts, {})).then((next) => next && setView(next));
    return true;
  };

  const onLock = async () => {
    const status = await run(() => call(lock, {}));
    if (status) onLocked(status);
  };

  const selected = view?.accounts.find((account) => account.id === view.selectedId);
  const others = view?.accounts.filter((account) => account !== selected) ?? [];
  const itemProps = (account: AccountsView['accounts'][number]) => ({
    account,
    busy,
    onSelect: () => void update(() => call(selectAccount, { id: account.id })),
    onRename: (name: string) => update(() => call(renameAccount, { id: account.id, name })),
  });

  return (
    <section className="stack" aria-label="Accounts">
      <div className="row spread">
        <h2>Account</h2>
        <button type="button" className="secondary" onClick={onLock} disabled={busy}>
          {t('lock')}
        </button>
      </div>
      {!view && !error && <p role="status">Loading accounts…</p>}
      {selected && <AccountItem key={selected.id} selected {...itemProps(selected)} />}
      <ErrorAlert message={error} />
      <ErrorAlert message={view?.saveProblem ?? null} />
      {selected && <Portfolio key={`portfolio-${selected.id}`} />}
      <div className="row">
        <button type="button" onClick={() => void update(() => call(addAccount, {}))} disabled={busy}>
          Add account
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => onNavigate('importAccount')}
          disabled={busy}
        >
          Import account
        </button>
        <Working busy={busy} />
      </div>
      {others.length > 0 && (
        <>
          <h3>Other accounts</h3>
          <ul className="accounts">
            {others.map((account) => (
              <li key={account.id}>
                <AccountItem selected={false} {...itemProps(account)} />
              </li>
            ))}
          </ul>
        </>
      )}
      <nav className="row" aria-label="Wallet">
        <button type="button" className="link" onClick={() => onNavigate('send')}>
          Send
        </button>
        <button type="button" className="link" onClick={() => onNavigate('receive')}>
          Receive
        </button>
        <button type="button" className="link" onClick={() => onNavigate('activity')}>
          Activity
        </button>
        <button type="button" className="link" onClick={() => onNavigate('sites')}>
          Connected sites
        </button>
        <button type="button" className="link" onClick={() => onNavigate('settings')}>
          Settings
        </button>
        <button type="button" className="link" onClick={() => onNavigate('rules')}>
          Rules
        </button>
        <button type="button" className="link" onClick={() => onNavigate('addressBook')}>
          Address book
        </button>
        <button type="button" className="link" onClick={() => onNavigate('audit')}>
          Audit log
        </button>
        <button type="button" className="link" onClick={() => onNavigate('guardians')}>
          Guardians
        </button>
        <button type="button" className="link" onClick={() => onNavigate('beGuardian')}>
          Be a guardian
        </button>
        <button type="button" className="link" onClick={() => onNavigate('guardianInbox')}>
          Guardian inbox
        </button>
      </nav>
    </section>
  );
}
