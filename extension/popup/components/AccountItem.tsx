/** One account: picture, name (renamable inline), full address, copy; and, when not selected, a Use button. */
import { type FormEvent, useId, useState } from 'react';
import type { AccountView } from '../../../src/rpc/procedures/schemas';
import { t } from '../i18n';
import { Address } from './Address';
import { CopyButton } from './CopyButton';
import { Identicon } from './Identicon';

interface Props {
  account: AccountView;
  selected: boolean;
  busy: boolean;
  onSelect(): void;
  /** Resolves true when the ring accepted the name. */
  onRename(name: string): Promise<boolean>;
}

export function AccountItem({ account, selected, busy, onSelect, onRename }: Props) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(account.name);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await onRename(name)) setEditing(false);
  };

  return (
    <div className={selected ? 'account selected' : 'account'} aria-current={selected ? 'true' : undefined}>
      {editing ? (
        <form className="row" onSubmit={save}>
          <label htmlFor={id} className="visually-hidden">
            {t('accountNameLabel')}
          </label>
          <input id={id} value={name} maxLength={40} onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="small" disabled={busy || name.trim() === ''}>
            {t('accountSave')}
          </button>
          <button type="button" className="secondary small" onClick={() => setEditing(false)}>
            {t('accountCancel')}
          </button>
        </form>
      ) : (
        <div className="row">
          <Identicon address={account.address} size={24} />
          <strong className="account-name">{account.name}</strong>
          {account.kind === 'imported' && <span className="tag">{t('accountImportedTag')}</span>}
          {selected && <span className="tag">{t('accountSelectedTag')}</span>}
          <button
            type="button"
            className="link"
            aria-label={t('accountRenameLabel', account.name)}
            onClick={() => {
              setName(account.name);
              setEditing(true);
            }}
          >
            {t('accountRename')}
          </button>
        </div>
      )}
      <div className="row">
        <Address address={account.address} />
        <CopyButton text={account.address} label={t('accountCopyAddress', account.name)} />
      </div>
      {!selected && (
        <button type="button" className="secondary small" disabled={busy} onClick={onSelect}>
          {t('accountUse', account.name)}
        </button>
      )}
    </div>
  );
}
