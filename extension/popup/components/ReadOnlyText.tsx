/**
 * A value the ring produced, shown as text in a read-only, labelled field (CONTRACT.md: "Guardian
 * share N", "Guardian code", "Recovery request code", "Challenge", "Response", "Released share").
 * A textarea so long bech32 text wraps; autocomplete="off" because Chromium neither saves nor
 * restores form-control state for such fields (the session-restore leak of CVE-2022-32969).
 */
import { useId } from 'react';
import { t } from '../i18n';
import { CopyButton, type CopyTarget } from './CopyButton';

interface Props {
  label: string;
  value: string;
  /** Offer a Copy button (public values only: a paper share must not go through the clipboard). */
  copy?: CopyTarget;
  rows?: number;
  describedBy?: string;
}

export function ReadOnlyText({ label, value, copy, rows = 3, describedBy }: Props) {
  const id = useId();
  return (
    <div className="field">
      <div className="row spread">
        <label htmlFor={id}>{label}</label>
        {/* Named just "Copy": a name containing the label would also match a search for the field. */}
        {copy && <CopyButton text={value} label={t('copyButton')} what={copy} />}
      </div>
      <textarea
        id={id}
        className="mono wrap"
        readOnly
        rows={rows}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}

/** A pasted value (envelope, code, challenge): a plain textarea with the same session-restore guard. */
export function PastedTextField({
  label,
  value,
  onChange,
  disabled,
  rows = 3,
  describedBy,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  rows?: number;
  describedBy?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="mono wrap"
        rows={rows}
        value={value}
        disabled={disabled}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
