/**
 * One kept envelope (a list item): Release re-seals its share to an owner's recovery request
 * after the owner reads out the request's words; Delete envelope asks once more first.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { deleteEnvelope, type InboxView, releaseShare } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { PastedTextField, ReadOnlyText } from '../../components/ReadOnlyText';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

type Kept = InboxView['envelopes'][number];

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

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
      <strong>
        Share {envelope.index} of {envelope.count}
      </strong>
      <span className="meta">
        Split <span className="mono">{envelope.tag}</span> · epoch {envelope.epoch} · {envelope.threshold}{' '}
        needed · received {date.format(envelope.receivedAt)}
      </span>
      <div className="row">
        <button
          type="button"
          className="secondary small"
          aria-expanded={releasing}
          disabled={busy}
          onClick={() => setReleasing(!releasing)}
        >
          Release
        </button>
        <button
          type="button"
          className="secondary small"
          disabled={busy}
          onClick={() => setConfirmingDelete(true)}
        >
          Delete envelope
        </button>
      </div>
      {confirmingDelete && (
        <div className="warning stack">
          <p>Delete this envelope? The owner loses this share: they cannot ask you to release it again.</p>
          <div className="row">
            <button type="button" className="danger small" disabled={busy} onClick={remove}>
              Confirm delete
            </button>
            <button
              type="button"
              className="secondary small"
              disabled={busy}
              onClick={() => setConfirmingDelete(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {releasing && (
        <form className="stack" onSubmit={release}>
          <p className="hint">
            Release only when the owner asks you themselves, on the phone or in person. Paste the code they
            send.
          </p>
          <PastedTextField
            label="Recovery request code"
            value={requestCode}
            onChange={setRequestCode}
            disabled={busy}
          />
          <div className="row">
            <button type="submit" disabled={busy || requestCode.trim() === ''}>
              Release share
            </button>
          </div>
        </form>
      )}
      <Working busy={busy} />
      <ErrorAlert message={error} />
      {released && (
        <>
          <ReadOnlyText label="Released share" value={released.released} copy="share" rows={5} />
          <p className="warning">
            Before sending this, check the owner reads you these words:{' '}
            <strong className="mono">{released.requestWords.join(' ')}</strong>. Different words: do not send
            it.
          </p>
        </>
      )}
    </li>
  );
}
