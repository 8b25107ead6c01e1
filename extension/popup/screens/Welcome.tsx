/** First run: the three ways in (CONTRACT.md). */
import { t } from '../i18n';

export type WelcomeChoice = 'create' | 'import' | 'recover';

export function Welcome({ onChoose }: { onChoose(choice: WelcomeChoice): void }) {
  return (
    <section className="stack" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcomeTitle')}</h2>
      <p>{t('welcomeText')}</p>
      <button type="button" onClick={() => onChoose('create')}>
        {t('createWallet')}
      </button>
      <button type="button" className="secondary" onClick={() => onChoose('import')}>
        {t('importWallet')}
      </button>
      <button type="button" className="secondary" onClick={() => onChoose('recover')}>
        {t('recoverWithGuardians')}
      </button>
    </section>
  );
}
