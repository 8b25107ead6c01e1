/**
 * A new password typed twice. The ring enforces the rules (NewPassword: 8–1024 characters); the
 * popup only shows the problem inline before the call, so the user is not sent round trips.
 */
import { useId } from 'react';
import { t } from '../i18n';

export const MIN_PASSWORD_LENGTH = 8;

export interface PasswordPair {
  password: string;
  confirm: string;
}

export const EMPTY_PAIR: PasswordPair = { password: '', confirm: '' };

/** What is wrong with each field (absent when fine). */
export function passwordProblems(pair: PasswordPair): { password?: string; confirm?: string } {
  const problems: { password?: string; confirm?: string } = {};
  if (pair.password.length < MIN_PASSWORD_LENGTH)
    problems.password = t('passwordTooShort', MIN_PASSWORD_LENGTH);
  if (pair.confirm !== pair.password) problems.confirm = t('passwordsDiffer');
  return problems;
}

/** The message to show when a submit is refused, or null when the pair can be sent. */
export function firstProblem(pair: PasswordPair): string | null {
  const problems = passwordProblems(pair);
  if (problems.password) return t('passwordProblem', problems.password.toLowerCase());
  if (problems.confirm) return problems.confirm;
  return null;
}

interface Props {
  value: PasswordPair;
  onChange(value: PasswordPair): void;
  /** After a submit attempt every problem shows, including those of empty fields. */
  showAll: boolean;
  labels?: { password: string; confirm: string };
  disabled?: boolean;
}

export function PasswordFields({ value, onChange, showAll, labels, disabled }: Props) {
  const id = useId();
  const problems = passwordProblems(value);
  const passwordProblem = (showAll || value.password !== '') && problems.password;
  const confirmProblem = (showAll || value.confirm !== '') && problems.confirm;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-p`}>{labels?.password ?? t('password')}</label>
        <input
          id={`${id}-p`}
          type="password"
          autoComplete="new-password"
          value={value.password}
          disabled={disabled}
          aria-invalid={passwordProblem ? true : undefined}
          aria-describedby={`${id}-ph`}
          onChange={(event) => onChange({ ...value, password: event.target.value })}
        />
        <p id={`${id}-ph`} className={passwordProblem ? 'hint error' : 'hint'} aria-live="polite">
          {passwordProblem || t('passwordHint', MIN_PASSWORD_LENGTH)}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-c`}>{labels?.confirm ?? t('confirmPassword')}</label>
        <input
          id={`${id}-c`}
          type="password"
          autoComplete="new-password"
          value={value.confirm}
          disabled={disabled}
          aria-invalid={confirmProblem ? true : undefined}
          aria-describedby={`${id}-ch`}
          onChange={(event) => onChange({ ...value, confirm: event.target.value })}
        />
        <p id={`${id}-ch`} className="hint error" aria-live="polite">
          {confirmProblem || ''}
        </p>
      </div>
    </>
  );
}
