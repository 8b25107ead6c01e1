/** Copies a public value (an address) to the clipboard, with visible "Copied" feedback. */
import { useEffect, useState } from 'react';

export function CopyButton({ text, label }: { text: string; label: string }) {
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
          Address copied
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="error">
          Could not copy; select the address instead.
        </span>
      )}
    </span>
  );
}
