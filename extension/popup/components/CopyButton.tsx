/**
 * Copies a public value (an address, a guardian or request code) to the clipboard, with visible
 * "Copied" feedback. `what` names the value in the feedback (default "address"); each kind of value
 * has its own sentences, because languages decline the noun ("the address", "den Code"). `icon`
 * shows a copy glyph instead of the word (the header); the label names the button either way.
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { Icon } from './Icon';

const FEEDBACK = {
  address: { copied: () => t('copyDoneAddress'), failed: () => t('copyFailedAddress') },
  share: { copied: () => t('copyDoneShare'), failed: () => t('copyFailedShare') },
  code: { copied: () => t('copyDoneCode'), failed: () => t('copyFailedCode') },
  challenge: { copied: () => t('copyDoneChallenge'), failed: () => t('copyFailedChallenge') },
  response: { copied: () => t('copyDoneResponse'), failed: () => t('copyFailedResponse') },
  envelope: { copied: () => t('copyDoneEnvelope'), failed: () => t('copyFailedEnvelope') },
} satisfies Record<string, { copied(): string; failed(): string }>;

/** The kinds of public value a Copy button copies. */
export type CopyTarget = keyof typeof FEEDBACK;

export function CopyButton({
  text,
  label,
  what = 'address',
  icon = false,
}: {
  text: string;
  label: string;
  what?: CopyTarget;
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
          t('copyButtonDone')
        ) : (
          t('copyButton')
        )}
      </button>
      {state === 'copied' && (
        <span role="status" className="visually-hidden">
          {FEEDBACK[what].copied()}
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="error">
          {FEEDBACK[what].failed()}
        </span>
      )}
    </span>
  );
}
