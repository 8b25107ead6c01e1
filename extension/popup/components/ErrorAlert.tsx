/** A failure the user must see: announced (role="alert") and never silent. */
import { t } from '../i18n';

export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

/** Progress for anything async: shown next to the (disabled) button that started it. */
export function Working({ busy, label }: { busy: boolean; label?: string }) {
  if (!busy) return null;
  return (
    <span role="status" className="working">
      {label ?? t('working')}
    </span>
  );
}
