/**
 * Guardian side (CONTRACT.md: "guardian side"): this wallet's guardian code, a dedicated public
 * key an owner seals an envelope to. The fingerprint words, compared by voice, stop a swapped code.
 */
import { useCallback, useEffect, useState } from 'react';
import { getGuardianCode } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReadOnlyText } from '../../components/ReadOnlyText';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

interface Props {
  onBack(): void;
  onInbox(): void;
}

export function BeAGuardian({ onBack, onInbox }: Props) {
  const [code, setCode] = useState<{ code: string; words: string[] } | null>(null);
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const out = await run(() => call(getGuardianCode, {}));
    if (out) setCode(out);
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack" aria-labelledby="be-guardian-title">
      <div className="row spread">
        <h2 id="be-guardian-title">Be a guardian</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      {!code && !error && <p role="status">Loading your guardian code…</p>}
      <ErrorAlert message={error} />
      {!code && error && (
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          Retry
        </button>
      )}
      {code && (
        <>
          <p>
            Send this code to the owner who asked you to guard their wallet, then phone them and check their
            screen shows the same words.
          </p>
          <ReadOnlyText label="Guardian code" value={code.code} copy="code" />
          <p>
            Your words: <strong className="mono">{code.words.join(' ')}</strong>
          </p>
          <p className="hint">
            The code is public: it only lets the owner seal an envelope that this wallet alone can open. Keep
            the envelope they send you in your Guardian inbox.
          </p>
          <div className="row">
            <button type="button" className="secondary" onClick={onInbox}>
              Open guardian inbox
            </button>
          </div>
        </>
      )}
    </section>
  );
}
