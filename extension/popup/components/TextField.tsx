/**
 * A labelled text field, the shape most forms repeat: label, input, an optional hint tied to the
 * input by aria-describedby. The label is the accessible name (CONTRACT.md's names are labels).
 * Secrets never go here: they use SecretInput or PasswordFields.
 *
 *   <TextField label={t('contactName')} value={name} onChange={setName} />
 */
import { type InputHTMLAttributes, useId } from 'react';

type Passed = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'placeholder' | 'inputMode' | 'type' | 'disabled' | 'required' | 'autoFocus' | 'onBlur'
>;

export function TextField({
  label,
  value,
  onChange,
  hint,
  mono = false,
  id: givenId,
  ...input
}: Passed & {
  label: string;
  value: string;
  onChange(value: string): void;
  /** A line under the field, read with it. */
  hint?: string;
  /** Addresses, amounts, hex: monospace, no spell check. */
  mono?: boolean;
  id?: string;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        autoComplete="off"
        spellCheck={mono ? false : undefined}
        className={mono ? 'mono' : undefined}
        aria-describedby={hint ? hintId : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...input}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
