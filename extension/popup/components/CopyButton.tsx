/**
 * Copies a public value (an address, a guardian or request code) to the clipboard, with visible
 * "Copied" feedback. `what` names the value in the feedback (default "address"); `icon` shows a
 * copy glyph instead of the word (the header), the label naming the button either way.
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { Icon } from './Icon';

export function CopyButton({
  text,
  label,
  what = t('copyButtonAddress'),
  icon = false,
}: {
  text: string;
  label: string;
  what?: string;
  icon?: boolean;
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
      <button
        type="button"
        className={icon ? 'icon-button small' : 'secondary small'}
        aria-label={label}
        title={icon ? label : undefined}
        onClick={copy}
      >
        {icon ? (
          <Icon name={state === 'copied' ? 'check' : 'copy'} size={15} />
        ) : state === 'copied' ? (
          t('copyButtonCopied')
        ) : (
          t('copyButtonCopy')
        )}
      </button>
      {state === 'copied' && (
        <span role="status" className="visually-hidden">
          {t('copyButtonDone', `${what.charAt(0).toUpperCase()}${what.slice(1)}`)}
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="error">
          {t('copyButtonFailed', what)}
        </span>
      )}
    </span>
  );
}
