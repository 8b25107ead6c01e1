/**
 * A field for a secret the user types or pastes (recovery phrase, private key). Deliberately an
 * `<input type="password">`, not a textarea: Chrome wrote textarea contents to disk for session
 * restore (CVE-2022-32969, "Demonic"). A Show toggle lets the user check what they typed.
 */
import { type ClipboardEvent, useId, useState } from 'react';
import { t } from '../i18n';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Collapse line breaks and runs of spaces in pasted text (a phrase copied from a list). */
  collapseWhitespaceOnPaste?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

export function SecretInput({
  label,
  value,
  onChange,
  collapseWhitespaceOnPaste,
  describedBy,
  disabled,
}: Props) {
  const id = useId();
  const [shown, setShown] = useState(false);

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!collapseWhitespaceOnPaste) return;
    const text = event.clipboardData.getData('text');
    if (!/\s{2,}|[\r\n\t]/.test(text)) return;
    // An <input> strips newlines from pasted text, gluing "word\nword" into one word.
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? value.length;
    const end = input.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + text.trim().split(/\s+/).join(' ') + value.slice(end));
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="with-toggle">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onPaste={onPaste}
        />
        <button
          type="button"
          className="secondary"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown(!shown)}
        >
          {shown ? t('hide') : t('show')}
        </button>
      </div>
    </div>
  );
}
