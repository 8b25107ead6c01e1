/** The existing password, typed to unlock or to confirm a sensitive action (CONTRACT: "Password"). */
import { useId } from 'react';
import { t } from '../i18n';

interface Props {
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function CurrentPassword({ value, onChange, disabled, autoFocus }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('password')}</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        // biome-ignore lint/a11y/noAutofocus: only where it is the screen's one field (the lock screen).
        autoFocus={autoFocus}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
