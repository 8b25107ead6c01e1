/**
 * The unlocked wallet: the portfolio total with the primary actions (Send, Receive, Guardians),
 * tabs for assets and recent activity, then the accounts — the selected one in full, every
 * account in a virtualised list read page by page (useAccounts) — and the wallet's other screens.
 * Every address on screen appears once, in full, as the ring checksummed it (EIP-55); the header
 * (App.tsx) shows the selected account short.
 */
import { useCallback, useEffect } from 'react';
import { addAccount, renameAccount, selectAccount } from '../../../src/rpc/procedures/accounts';
import type { AccountView } from '../../../src/rpc/procedures/schemas';
import { AccountItem } from '../components/AccountItem';
import { AccountList } from '../components/AccountList';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { Icon, type IconName } from '../components/Icon';
import { Portfolio } from '../components/Portfolio';
import { RecentActivity } from '../components/RecentActivity';
import { SkeletonBar, SkeletonRows } from '../components/Skeleton';
import { type MessageKey, t, uiLocale } from '../i18n';
import { call } from '../ringClient';
import { useAccounts } from '../useAccounts';
import { useAction } from '../useAction';

const count = new Intl.NumberFormat(uiLocale());

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

/** The primary actions, by their CONTRACT.md names. */
const ACTIONS: { to: HomeLink; label: MessageKey; icon: IconName }[] = [
  { to: 'send', label: 'homeSend', icon: 'send' },
  { to: 'receive', label: 'homeReceive', icon: 'receive' },
  { to: 'guardians', label: 'homeGuardians', icon: 'shield' },
];

/** The other screens, each one click from Home (CONTRACT.md). */
const TOOLS: { to: HomeLink; label: MessageKey }[] = [
  { to: 'activity', label: 'homeActivity' },
  { to: 'sites', label: 'homeConnectedSites' },
  { to: 'settings', label: 'homeSettings' },
  { to: 'rules', label: 'homeRules' },
  { to: 'addressBook', label: 'homeAddressBook' },
  { to: 'audit', label: 'homeAuditLog' },
  { to: 'beGuardian', label: 'homeBeAGuardian' },
  { to: 'guardianInbox', label: 'homeGuardianInbox' },
];

interface Props {
  onNavigate(to: HomeLink): void;
  /** The selected account, for the header, whenever it changes. */
  onAccount(account: AccountView): void;
}

export function Home({ onNavigate, onAccount }: Props) {
  const { busy, error, run } = useAction();
  const { copy, pageError, show, update } = useAccounts(run);

  const onSelect = useCallback(
    (account: AccountView) => void update(() => call(selectAccount, { id: account.id })),
    [update],
  );
  const onRename = useCallback(
    (account: AccountView, name: string) => update(() => call(renameAccount, { id: account.id, name })),
    [update],
  );
  const selected = copy?.selected;
  useEffect(() => {
    if (selected) onAccount(selected);
  }, [selected, onAccount]);

  return (
    <div className="home stack">
      {!selected && !error && (
        <div className="hero" aria-hidden="true">
          <SkeletonBar width="50%" height={28} />
          <SkeletonBar width="100%" height={56} />
        </div>
      )}
      {selected && (
        <Portfolio
          key={`portfolio-${selected.id}`}
          actions={
            <div className="actions">
              {ACTIONS.map((action) => (
                <button
                  key={action.to}
                  type="button"
                  className="action"
                  onClick={() => onNavigate(action.to)}
                >
                  <span className="action-icon">
                    <Icon name={action.icon} size={20} />
                  </span>
                  {t(action.label)}
                </button>
              ))}
            </div>
          }
          activity={<RecentActivity onShowAll={() => onNavigate('activity')} />}
        />
      )}
      <section className="stack" aria-labelledby="accounts-title">
        <div className="row spread">
          <h2 id="accounts-title">{t('accountsTitle')}</h2>
          {copy && (
            <span className="muted">
              {copy.total === 1 ? t('accountsCountOne') : t('accountsCount', count.format(copy.total))}
            </span>
          )}
        </div>
        {!copy && !error && <SkeletonRows rows={2} label={t('accountsLoading')} />}
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
        <div className="row">
          <button type="button" onClick={() => void update(() => call(addAccount, {}))} disabled={busy}>
            {t('accountsAdd')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => onNavigate('importAccount')}
            disabled={busy}
          >
            {t('accountsImport')}
          </button>
          <Working busy={busy} />
        </div>
        {copy && copy.total > 1 && (
          <>
            <ErrorAlert message={pageError} />
            <AccountList copy={copy} busy={busy} onSelect={onSelect} onRename={onRename} onShow={show} />
          </>
        )}
      </section>
      <nav className="stack" aria-labelledby="tools-title">
        <h2 id="tools-title">{t('homeToolsTitle')}</h2>
        <div className="tools">
          {TOOLS.map((tool) => (
            <button key={tool.to} type="button" className="tool" onClick={() => onNavigate(tool.to)}>
              {t(tool.label)}
            </button>
          ))}
        </div>
      </nav>
    </div>
  );
}
