/**
 * Shows the recovery phrase again after the password is re-entered (declassifier `revealToUser`,
 * audited by the ring). The words live only while shown and go with Hide or leaving the screen.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { revealPhrase } from '../../../../src/rpc/procedures/passwordGated';
import { CurrentPassword } from '../../components/CurrentPassword';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PhraseWords } from '../../components/PhraseWords';
import { t } from '../../i18n';
import { call, errorCode, errorMessage } from '../../ringClient';
import { useAction } from '../../useAction';

function messageFor(error: unknown): string {
  if (errorCode(error) === 'BAD_PASSWORD') return t('settingsRevealWrongPassword');
  return errorMessage(error);
}

export function RevealPhrase() {
  const id = useId();
  const [password, setPassword] = useState('');
  const [words, setWords] = useState<string[] | null>(null);
  const { busy, error, run } = useAction(messageFor);

  useEffect(() => () => setWords(null), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = password;
    setPassword('');
    const out = await run(() => call(revealPhrase, { password: typed }));
    if (out) setWords(out.words);
  };

  return (
    <section className="stack" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{t('settingsRevealTitle')}</h3>
      {words ? (
        <>
          <p className="warning">{t('settingsRevealWarning')}</p>
          <PhraseWords words={words} />
          <button type="button" onClick={() => setWords(null)}>
            {t('hide')}
          </button>
        </>
      ) : (
        <form className="stack" onSubmit={submit}>
          <CurrentPassword value={password} onChange={setPassword} disabled={busy} />
          <ErrorAlert message={error} />
          <div className="row">
            <button type="submit" className="danger" disabled={busy || password === ''}>
              {t('settingsRevealButton')}
            </button>
            <Working busy={busy} />
          </div>
        </form>
      )}
    </section>
  );
}
