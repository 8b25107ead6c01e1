/**
 * The unlocked wallet: the selected account first, then every account in a virtualised list read
 * page by page (useAccounts). Every address on screen appears once, in full, as the ring
 * checksummed it (EIP-55).
 */
import { useCallback } from 'react';
import { addAccount, renameAccount, selectAccount } from '../../../src/rpc/procedures/accounts';
import { lock } from '../../../src/rpc/procedures/lifecycle';
import type { AccountView } from '../../../src/rpc/procedures/schemas';
import type { WalletStatus } from '../../../src/rpc/procedures/status';
import { AccountItem } from '../components/AccountItem';
import { AccountList } from '../components/AccountList';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { Portfolio } from '../components/Portfolio';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAccounts } from '../useAccounts';
import { useAction } from '../useAction';

const count = new Intl.NumberFormat();
const accountsText = (total: number) => `${count.format(total)} ${total === 1 ? 'account' : 'accounts'}`;

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
  const { busy, error, run } = useAction();
  const { copy, pageError, show, update } = useAccounts(run);

  const onLock = async () => {
    const status = await run(() => call(lock, {}));
    if (status) onLocked(status);
  };

  const onSelect = useCallback(
    (account: AccountView) => void update(() => call(selectAccount, { id: account.id })),
    [update],
  );
  const onRename = useCallback(
    (account: AccountView, name: string) => update(() => call(renameAccount, { id: account.id, name })),
    [update],
  );
  const selected = copy?.selected;

  return (
    <section className="stack" aria-label="Accounts">
      <div className="row spread">
        <h2>Account</h2>
        <button type="button" className="secondary" onClick={onLock} disabled={busy}>
          {t('lock')}
        </button>
      </div>
      {!copy && !error && <p role="status">Loading accounts…</p>}
      {selected && (
        <AccountItem
          key={selected.id}
          selected
          account={selected}
          busy={busy}
          onSelect={() => onSelect(selected)}
          onRename={(name) => onRename(selected, name)}
        />
      )}
      <ErrorAlert message={error} />
      <ErrorAlert message={copy?.saveProblem ?? null} />
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
      {copy && copy.total > 1 && (
        <>
          <div className="row spread">
            <h3>All accounts</h3>
            <span className="muted">{accountsText(copy.total)}</span>
          </div>
          <ErrorAlert message={pageError} />
          <AccountList copy={copy} busy={busy} onSelect={onSelect} onRename={onRename} onShow={show} />
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
