/**
 * Owner: a health check of one guardian (CONTRACT.md: "health check"). The ring makes a fresh
 * challenge; the guardian's wallet answers it from the kept envelope without revealing the share;
 * the ring verifies the answer against the split's commitment. A paper envelope cannot answer.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { makeHealthChallenge, verifyHealthResponse } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField, ReadOnlyText } from '../../components/ReadOnlyText';
import { ScreenHeader } from '../../components/ScreenHeader';
import { t, uiLocale } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

const time = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** "… just now" for a confirmation of the last minute, else "… on <time>". */
function confirmedText(index: number, at: number): string {
  return Math.abs(Date.now() - at) < 60_000
    ? t('guardiansConfirmedJustNow', index)
    : t('guardiansConfirmedOn', index, time.format(at));
}

export function CheckGuardian({ index, onBack }: { index: number; onBack(): void }) {
  const [challenge, setChallenge] = useState<string | null>(null);
  const [response, setResponse] = useState('');
  const [confirmedAt, setConfirmedAt] = useState<number | null>(null);
  const make = useAction();
  const verify = useAction();
  const runMake = make.run;

  const newChallenge = useCallback(async () => {
    setChallenge(null);
    setResponse('');
    setConfirmedAt(null);
    const out = await runMake(() => call(makeHealthChallenge, { index }));
    if (out) setChallenge(out.challenge);
  }, [index, runMake]);

  useEffect(() => {
    void newChallenge();
  }, [newChallenge]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setConfirmedAt(null);
    const out = await verify.run(() => call(verifyHealthResponse, { index, response: response.trim() }));
    if (out) setConfirmedAt(out.confirmedAt);
  };

  const busy = make.busy || verify.busy;
  return (
    <section className="stack" aria-labelledby="check-title">
      <ScreenHeader id="check-title" title={t('guardiansCheckTitle', index)}>
        <button type="button" className="secondary" onClick={onBack} disabled={busy}>
          {t('back')}
        </button>
      </ScreenHeader>
      <p>{t('guardiansCheckIntro', index)}</p>
      <Working busy={make.busy} label={t('guardiansMakingChallenge')} />
      <ErrorAlert message={make.error} />
      {challenge && (
        <>
          <ReadOnlyText label={t('guardiansChallenge')} value={challenge} copy="challenge" />
          <form className="stack" aria-labelledby="response-title" onSubmit={submit}>
            <h3 id="response-title">{t('guardiansCheckAnswerTitle')}</h3>
            <PastedTextField
              label={t('guardiansResponse')}
              value={response}
              onChange={setResponse}
              disabled={busy}
            />
            <ErrorAlert message={verify.error} />
            <div className="row">
              <button type="submit" disabled={busy || response.trim() === ''}>
                {t('guardiansVerify')}
              </button>
              <Working busy={verify.busy} label={t('guardiansVerifying')} />
            </div>
          </form>
        </>
      )}
      {confirmedAt !== null && (
        <p role="status" className="notice">
          {confirmedText(index, confirmedAt)}
        </p>
      )}
      <div className="row">
        <button type="button" className="secondary small" onClick={newChallenge} disabled={busy}>
          {t('guardiansNewChallenge')}
        </button>
      </div>
    </section>
  );
}
