/**
 * Guardian side: the envelopes this wallet keeps for owners (CONTRACT.md: "guardian side",
 * "health check"). An envelope is kept only if it opens with this wallet's guardian key; it leaves
 * again only re-sealed to an owner's recovery request. Each envelope's buttons sit in its own list
 * item, so "Release" and "Delete envelope" are unique within it.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { getGuardianInbox, type InboxView, keepEnvelope } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField } from '../../components/ReadOnlyText';
import { ScreenHeader } from '../../components/ScreenHeader';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { AnswerChallenge } from './AnswerChallenge';
import { InboxEnvelope } from './InboxEnvelope';

export function GuardianInbox({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<InboxView | null>(null);
  const [envelope, setEnvelope] = useState('');
  const load = useAction();
  const keep = useAction();
  const runLoad = load.run;

  const reload = useCallback(async () => {
    const next = await runLoad(() => call(getGuardianInbox, {}));
    if (next) setView(next);
  }, [runLoad]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = await keep.run(() => call(keepEnvelope, { envelope: envelope.trim() }));
    if (!next) return;
    setView(next);
    setEnvelope('');
  };

  return (
    <section className="stack" aria-labelledby="inbox-title">
      <ScreenHeader id="inbox-title" title={t('guardiansInboxTitle')} onBack={onBack} />
      <form className="stack" aria-labelledby="keep-title" onSubmit={submit}>
        <h3 id="keep-title">{t('guardiansKeepTitle')}</h3>
        <p className="hint">{t('guardiansKeepHint')}</p>
        <PastedTextField
          label={t('guardiansEnvelope')}
          value={envelope}
          onChange={setEnvelope}
          disabled={keep.busy}
        />
        <ErrorAlert message={keep.error} />
        <div className="row">
          <button type="submit" disabled={keep.busy || envelope.trim() === ''}>
            {t('guardiansKeepEnvelope')}
          </button>
          <Working busy={keep.busy} label={t('guardiansOpeningEnvelope')} />
        </div>
      </form>
      <h3>{t('guardiansKeptTitle')}</h3>
      {!view && !load.error && <p role="status">{t('guardiansLoadingEnvelopes')}</p>}
      <ErrorAlert message={load.error} />
      {!view && load.error && (
        <button type="button" className="secondary" onClick={reload} disabled={load.busy}>
          {t('retry')}
        </button>
      )}
      {view && view.envelopes.length === 0 && <p className="empty">{t('guardiansNoEnvelope')}</p>}
      {view && view.envelopes.length > 0 && (
        <ul className="list" aria-label={t('guardiansKeptTitle')}>
          {view.envelopes.map((kept) => (
            <InboxEnvelope key={kept.id} envelope={kept} onChange={setView} />
          ))}
        </ul>
      )}
      <AnswerChallenge />
    </section>
  );
}
