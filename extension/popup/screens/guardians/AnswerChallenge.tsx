/**
 * Guardian side of a health check: answers an owner's challenge from a kept envelope. The
 * response proves the share is still here without revealing it, so it can be sent openly.
 */
import { type FormEvent, useState } from 'react';
import { answerChallenge } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField, ReadOnlyText } from '../../components/ReadOnlyText';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

export function AnswerChallenge() {
  const [open, setOpen] = useState(false);
  const [challenge, setChallenge] = useState('');
  const [response, setResponse] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResponse(null);
    const out = await run(() => call(answerChallenge, { challenge: challenge.trim() }));
    if (out) setResponse(out.response);
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('guardiansAnswerChallenge')}
        </button>
      </div>
      {open && (
        <form className="stack" aria-labelledby="answer-title" onSubmit={submit}>
          <h3 id="answer-title">{t('guardiansHealthCheckTitle')}</h3>
          <p className="hint">{t('guardiansAnswerHint')}</p>
          <PastedTextField
            label={t('guardiansChallenge')}
            value={challenge}
            onChange={setChallenge}
            disabled={busy}
          />
          <ErrorAlert message={error} />
          <div className="row">
            <button type="submit" disabled={busy || challenge.trim() === ''}>
              {t('guardiansAnswer')}
            </button>
            <Working busy={busy} label={t('guardiansAnswering')} />
          </div>
          {response && (
            <>
              <ReadOnlyText label={t('guardiansResponse')} value={response} copy="response" />
              <p className="hint">{t('guardiansSendResponseBack')}</p>
            </>
          )}
        </form>
      )}
    </div>
  );
}
