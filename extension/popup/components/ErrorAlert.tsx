/** A failure the user must see: announced (role="alert") and never silent. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

/** Progress for anything async: shown next to the (disabled) button that started it. */
export function Working({ busy, label = 'Working…' }: { busy: boolean; label?: string }) {
  if (!busy) return null;
  return (
    <span role="status" className="working">
      {label}
    </span>
  );
}
