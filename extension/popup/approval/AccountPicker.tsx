/**
 * A connect card's account choice: one checkbox per account, ticked as the ring suggests. The
 * labels carry the full address, because the address is what the site will learn.
 */
import { useId } from 'react';
import type { Card } from '../../../src/markup/card';
import { Address } from '../components/Address';
import { t } from '../i18n';

export type AccountChoice = NonNullable<Card['accounts']>[number];

interface Props {
  accounts: readonly AccountChoice[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  disabled: boolean;
}

export function AccountPicker({ accounts, chosen, onChange, disabled }: Props) {
  const id = useId();
  const toggle = (address: string, on: boolean) =>
    // Keep the card's order, whatever order the boxes were ticked in.
    onChange(accounts.map((a) => a.address).filter((a) => (a === address ? on : chosen.includes(a))));

  return (
    <fieldset className="choices" disabled={disabled} aria-describedby={`${id}-hint`}>
      <legend>{t('approvalAccountsToConnect')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('approvalAccountsHint')}
      </p>
      {accounts.map((account, index) => (
        <div key={account.address} className="choice">
          <input
            id={`${id}-${index}`}
            type="checkbox"
            checked={chosen.includes(account.address)}
            onChange={(event) => toggle(account.address, event.target.checked)}
          />
          <label htmlFor={`${id}-${index}`}>
            <span className="choice-name">{account.name}</span> <Address address={account.address} />
          </label>
        </div>
      ))}
    </fieldset>
  );
}
