/**
 * Create, steps 1–2: the ring generates the phrase (step "Create") and shows it once (step
 * "Back up", declassifier `showNewMnemonic`). "I wrote it down" hides it for good.
 */
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PhraseWords } from '../../components/PhraseWords';
import { t } from '../../i18n';
import { CREATE_STEP, CreateProgress } from './CreateProgress';

interface Props {
  words: readonly string[] | null;
  busy: boolean;
  error: string | null;
  onBack(): void;
  onRetry(): void;
  onWritten(): void;
}

export function WritePhrase({ words, busy, error, onBack, onRetry, onWritten }: Props) {
  return (
    <section className="stack" aria-labelledby="create-title">
      <CreateProgress current={words ? CREATE_STEP.backUp : CREATE_STEP.create} />
      <h2 id="create-title">{t('onboardingPhraseTitle')}</h2>
      {words && (
        <>
          <p className="warning">{t('onboardingPhraseWarning')}</p>
          <PhraseWords words={words} />
        </>
      )}
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={onBack} disabled={busy}>
          {t('back')}
        </button>
        {error && (
          <button type="button" className="secondary" onClick={onRetry} disabled={busy}>
            {t('onboardingTryAgain')}
          </button>
        )}
        <button type="button" onClick={onWritten} disabled={busy || !words}>
          {t('onboardingWroteItDown')}
        </button>
        <Working busy={busy} label={t('onboardingGenerating')} />
      </div>
    </section>
  );
}
