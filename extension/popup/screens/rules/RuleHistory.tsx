/**
 * The rules' version history (docs/rules.md "Versions"): when and why each version came, a diff of
 * two versions, and Roll back per version — which appends a new version with the old rules and
 * takes effect at once.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import {
  diffRuleVersions,
  getRuleHistory,
  type RuleHistoryView,
  type RulesView,
  rollbackRules,
} from '../../../../src/rpc/procedures/rules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

interface Props {
  /** The active version: the history is re-read whenever it changes. */
  activeN: number;
  onRolledBack(view: RulesView): void;
}

export function RuleHistory({ activeN, onRolledBack }: Props) {
  const [history, setHistory] = useState<RuleHistoryView | null>(null);
  const [a, setA] = useState(1);
  const [b, setB] = useState(activeN);
  const [diffText, setDiffText] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const aId = useId();
  const bId = useId();

  const load = useCallback(async () => {
    const next = await run(() => call(getRuleHistory, {}));
    if (next) setHistory(next);
  }, [run]);

  useEffect(() => {
    setB(activeN);
    void load();
  }, [activeN, load]);

  const rollBack = async (n: number) => {
    const next = await run(() => call(rollbackRules, { n }));
    if (next) onRolledBack(next);
  };

  const onDiff = async () => {
    const d = await run(() => call(diffRuleVersions, { a, b }));
    if (!d) return;
    const parts = [
      d.added.length ? `added: ${d.added.join(', ')}` : '',
      d.removed.length ? `removed: ${d.removed.join(', ')}` : '',
      d.changed.length ? `changed: ${d.changed.join(', ')}` : '',
      d.renamed ? 'renamed' : '',
    ].filter(Boolean);
    setDiffText(`Version ${a} → ${b}: ${parts.length ? parts.join('; ') : 'no difference'}`);
  };

  const numbers = history?.versions.map((x) => x.n) ?? [];
  return (
    <section className="stack" aria-labelledby="rules-history">
      <h3 id="rules-history">History</h3>
      {history && !history.intact && (
        <p role="alert" className="error">
          The version history does not verify: it was changed outside Ringfence.
        </p>
      )}
      <ol className="list">
        {[...(history?.versions ?? [])].reverse().map((x) => (
          <li key={x.hash} className="list-item">
            <div className="row spread">
              <span id={`rule-version-${x.n}`}>
                Version {x.n}
                {x.n === activeN ? ' (active)' : ''} · {when.format(x.at)} · {x.why} · {x.rules} rules
              </span>
              {x.n !== activeN && (
                <button
                  type="button"
                  className="secondary small"
                  aria-describedby={`rule-version-${x.n}`}
                  disabled={busy}
                  onClick={() => void rollBack(x.n)}
                >
                  Roll back
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {numbers.length > 1 && (
        <div className="row">
          <label htmlFor={aId}>From version</label>
          <select id={aId} value={a} onChange={(e) => setA(Number(e.target.value))}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor={bId}>To version</label>
          <select id={bId} value={b} onChange={(e) => setB(Number(e.target.value))}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" onClick={() => void onDiff()} disabled={busy}>
            Diff
          </button>
        </div>
      )}
      {diffText && <p role="status">{diffText}</p>}
      <ErrorAlert message={error} />
    </section>
  );
}
