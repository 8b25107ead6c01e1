/**
 * Copies a public value (an address, a guardian or request code) to the clipboard, with visible
 * "Copied" feedback. `what` names the value in the feedback (default "address").
 */
import { useEffect, useState } from 'react';

export function CopyButton({
  text,
  label,
  what = 'address',
}: {
  text: string;
  label: string;
  what?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="copy">
      <button type="button" className="secondary small" aria-label={label} onClick={copy}>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      {state === 'copied' && (
        <span role="status" className="visually-hidden">
          {`${what.charAt(0).toUpperCase()}${what.slice(1)} copied`}
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="error">
          Could not copy; select the {what} instead.
        </span>
      )}
    </span>
  );
}
