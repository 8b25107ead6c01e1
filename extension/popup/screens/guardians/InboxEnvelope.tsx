/**
 * One kept envelope (a list item): Release re-seals its share to an owner's recovery request
 * after the owner reads out the request's words; Delete envelope asks once more first.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { deleteEnvelope, type InboxView, releaseShare } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField, ReadOnlyText } from '../../components/ReadOnlyText';
import { t, uiLocale } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { tParts } from './tParts';

type Kept = InboxView['envelopes'][number];

const date = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });

interface Props {
  envelope: Kept;
  onChange(view: InboxView): void;
}

export function InboxEnvelope({ envelope, onChange }: Props) {
  const [releasing, setReleasing] = useState(false);
  const [requestCode, setRequestCode] = useState('');
  const [released, setReleased] = useState<{ released: string; requestWords: string[] } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { busy, error, run } = useAction();

  useEffect(() => () => setReleased(null), []);

  const release = async (event: FormEvent) => {
    event.preventDefault();
    setReleased(null);
    const out = await run(() => call(releaseShare, { id: envelope.id, requestCode: requestCode.trim() }));
    if (out) setReleased(out);
  };

  const remove = async () => {
    const next = await run(() => call(deleteEnvelope, { id: envelope.id }));
    setConfirmingDelete(false);
    if (next) onChange(next);
  };

  return (
    <li className="list-item">
      <strong>{t('guardiansInboxShareOf', envelope.index, envelope.count)}</strong>
      <span className="meta">
        {tParts(
          'guardiansInboxMeta',
          <span className="mono">{envelope.tag}</span>,
          envelope.epoch,
          envelope.threshold,
          date.format(envelope.receivedAt),
        )}
      </span>
      <div className="row">
        <button
          type="button"
          className="secondary small"
          aria-expanded={releasing}
          disabled={busy}
          onClick={() => setReleasing(!releasing)}
        >
          {t('guardiansRelease')}
        </button>
        <button
          type="button"
          className="secondary small"
          disabled={busy}
          onClick={() => setConfirmingDelete(true)}
        >
          {t('guardiansDeleteEnvelope')}
        </button>
      </div>
      {confirmingDelete && (
        <div className="warning stack">
          <p>{t('guardiansDeleteQuestion')}</p>
          <div className="row">
            <button type="button" className="danger small" disabled={busy} onClick={remove}>
              {t('guardiansConfirmDelete')}
            </button>
            <button
              type="button"
              className="secondary small"
              disabled={busy}
              onClick={() => setConfirmingDelete(false)}
            >
              {t('guardiansCancel')}
            </button>
          </div>
        </div>
      )}
      {releasing && (
        <form className="stack" onSubmit={release}>
          <p className="hint">{t('guardiansReleaseHint')}</p>
          <PastedTextField
            label={t('guardiansRequestCode')}
            value={requestCode}
            onChange={setRequestCode}
            disabled={busy}
          />
          <div className="row">
            <button type="submit" disabled={busy || requestCode.trim() === ''}>
              {t('guardiansReleaseShare')}
            </button>
          </div>
        </form>
      )}
      <Working busy={busy} />
      <ErrorAlert message={error} />
      {released && (
        <>
          <ReadOnlyText label={t('guardiansReleasedShare')} value={released.released} copy="share" rows={5} />
          <p className="warning">
            {tParts(
              'guardiansReleasedCheckWords',
              <strong className="mono">{released.requestWords.join(' ')}</strong>,
            )}
          </p>
        </>
      )}
    </li>
  );
}
