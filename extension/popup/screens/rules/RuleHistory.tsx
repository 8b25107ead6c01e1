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
import { t, uiLocale } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

const when = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
const count = new Intl.NumberFormat(uiLocale());

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
      d.added.length ? t('ruleDiffAdded', d.added.join(', ')) : '',
      d.removed.length ? t('ruleDiffRemoved', d.removed.join(', ')) : '',
      d.changed.length ? t('ruleDiffChanged', d.changed.join(', ')) : '',
      d.renamed ? t('ruleDiffRenamed') : '',
    ].filter(Boolean);
    setDiffText(t('ruleDiff', a, b, parts.length ? parts.join('; ') : t('ruleDiffNone')));
  };

  const numbers = history?.versions.map((x) => x.n) ?? [];
  return (
    <section className="stack" aria-labelledby="rules-history">
      <h3 id="rules-history">{t('ruleHistoryTitle')}</h3>
      {history && !history.intact && (
        <p role="alert" className="error">
          {t('ruleHistoryBroken')}
        </p>
      )}
      <ol className="list">
        {[...(history?.versions ?? [])].reverse().map((x) => (
          <li key={x.hash} className="list-item">
            <div className="row spread">
              <span id={`rule-version-${x.n}`}>
                {x.n === activeN ? t('ruleVersionActive', x.n) : t('ruleVersion', x.n)} · {when.format(x.at)}{' '}
                · <span data-ring-text>{x.why}</span> · {t('ruleVersionCount', count.format(x.rules))}
              </span>
              {x.n !== activeN && (
                <button
                  type="button"
                  className="secondary small"
                  aria-describedby={`rule-version-${x.n}`}
                  disabled={busy}
                  onClick={() => void rollBack(x.n)}
                >
                  {t('ruleRollBack')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {numbers.length > 1 && (
        <div className="row">
          <label htmlFor={aId}>{t('ruleDiffFrom')}</label>
          <select id={aId} value={a} onChange={(e) => setA(Number(e.target.value))}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor={bId}>{t('ruleDiffTo')}</label>
          <select id={bId} value={b} onChange={(e) => setB(Number(e.target.value))}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" onClick={() => void onDiff()} disabled={busy}>
            {t('ruleDiffButton')}
          </button>
        </div>
      )}
      {diffText && <p role="status">{diffText}</p>}
      <ErrorAlert message={error} />
    </section>
  );
}
