/**
 * Owner: who can restore this wallet (CONTRACT.md: "guardians"). Reads the current split from the
 * ring and leads to Set up guardians and Check guardian. The ring knows two custody modes; a mixed
 * setup is a guardian split where the owner keeps one or more paper envelopes, so it is explained
 * here rather than stored.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { type GuardiansView, getGuardians } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

type Split = NonNullable<GuardiansView['split']>;

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  onBack(): void;
  onSetUp(): void;
  onCheck(index: number): void;
}

export function Guardians({ onBack, onSetUp, onCheck }: Props) {
  const [view, setView] = useState<GuardiansView | null>(null);
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const next = await run(() => call(getGuardians, {}));
    if (next) setView(next);
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack" aria-labelledby="guardians-title">
      <div className="row spread">
        <h2 id="guardians-title">Guardians</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <ul className="stack custody">
        <li>
          <strong>Phrase only:</strong> you alone keep your recovery phrase.
        </li>
        <li>
          <strong>Guardians:</strong> any T of your N guardians can together restore your wallet; fewer learn
          nothing.
        </li>
        <li>
          <strong>Mixed:</strong> you keep some of the shares yourself — on paper, or on this device (seal one
          to this wallet's own code from Be a guardian and keep it in your Guardian inbox): you and fewer
          guardians can restore, and the guardians alone still need T.
        </li>
      </ul>
      {!view && !error && <p role="status">Loading guardians…</p>}
      <ErrorAlert message={error} />
      {!view && error && (
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          Retry
        </button>
      )}
      {view?.custody === 'phrase' && (
        <p className="notice">Your wallet is in "Phrase only" custody: no guardian split exists.</p>
      )}
      {view?.split && <SplitSummary split={view.split} onCheck={onCheck} />}
      {view && (
        <p className="hint">
          Your recovery phrase still restores the wallet on its own, with or without guardians.
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onSetUp}>
          Set up guardians
        </button>
      </div>
    </section>
  );
}

function SplitSummary({ split, onCheck }: { split: Split; onCheck(index: number): void }) {
  const id = useId();
  const paper = split.guardians.filter((g) => g.kind === 'paper').length;
  // A paper envelope cannot answer a challenge from a guardian inbox; start with a sealed one.
  const firstSealed = split.guardians.find((g) => g.kind === 'sealed')?.index;
  const [index, setIndex] = useState(firstSealed ?? split.guardians[0]?.index ?? 1);
  return (
    <div className="stack">
      <p className="notice">
        Your wallet is in "Guardians" custody: any {split.threshold} of {split.count} can restore it
        {paper > 0 && ` (${paper} of them paper envelopes: "Mixed" if you keep those yourself)`}.
      </p>
      <p className="meta">
        Split <span className="mono">{split.tag}</span> · epoch {split.epoch} · made{' '}
        {date.format(split.createdAt)}
      </p>
      <ul className="list" aria-label="Current guardians">
        {split.guardians.map((guardian) => (
          <li key={guardian.index} className="list-item">
            <strong>Guardian {guardian.index}</strong>
            <span>
              {guardian.kind === 'paper' ? 'Paper envelope' : 'Sealed to a guardian code'}
              {guardian.words && guardian.words.length > 0 && (
                <>
                  {' '}
                  · words <span className="mono">{guardian.words.join(' ')}</span>
                </>
              )}
            </span>
            <span className="meta">
              {guardian.confirmedAt === undefined
                ? 'Never checked'
                : `Last confirmed ${date.format(guardian.confirmedAt)}`}
            </span>
          </li>
        ))}
      </ul>
      <div className="row">
        <label htmlFor={id}>Guardian to check</label>
        <select id={id} value={index} onChange={(event) => setIndex(Number(event.target.value))}>
          {split.guardians.map((guardian) => (
            <option key={guardian.index} value={guardian.index}>
              Guardian {guardian.index} ({guardian.kind})
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => onCheck(index)}>
          Check guardian
        </button>
      </div>
    </div>
  );
}
