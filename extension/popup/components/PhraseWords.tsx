import { t } from '../i18n';

/** A recovery phrase as a numbered list (shown once at creation, or after re-entering the password). */
export function PhraseWords({ words }: { words: readonly string[] }) {
  return (
    <ol aria-label={t('recoveryPhrase')} className="phrase" translate="no">
      {words.map((word, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a phrase may repeat a word; the position is the identity.
        <li key={index}>{word}</li>
      ))}
    </ol>
  );
}
