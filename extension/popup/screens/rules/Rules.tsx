/**
 * Rules (issue 10, docs/rules.md): the active rule set as a readable list, the whole set as JSON to
 * edit and save (a bad file is refused with an alert naming the bad field, and nothing changes),
 * the version history with diff and roll back, and "Ask the rules". Every decision is the ring's;
 * this screen only shows its answers.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { getRules, type RulesView, saveRules } from '../../../../src/rpc/procedures/rules';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { AskRules } from './AskRules';
import { BlockedSites } from './BlockedSites';
import { RuleFile } from './RuleFile';
import { RuleHistory } from './RuleHistory';

export function Rules({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<RulesView | null>(null);
  const [json, setJson] = useState('');
  const [why, setWhy] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();

  const show = useCallback((next: RulesView) => {
    setView(next);
    setJson(next.json);
  }, []);

  useEffect(() => {
    void run(() => call(getRules, {})).then((next) => next && show(next));
  }, [run, show]);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const next = await run(() => call(saveRules, { json, ...(why.trim() ? { why: why.trim() } : {}) }));
    if (!next) return;
    show(next);
    setWhy('');
    setSaved(`Saved as version ${next.n}.`);
  };

  const onRolledBack = (next: RulesView) => {
    show(next);
    setSaved(`Rolled back: version ${next.n} is in force.`);
  };

  return (
    <section className="stack" aria-labelledby="rules-title">
      <div className="row spread">
        <h2 id="rules-title">Rules</h2>
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <p className="hint">
        The ring decides about every site request with these rules: allow, deny, confirm, or confirm with your
        password.
      </p>
      {!view && !error && <p role="status">Loading rules…</p>}
      {view && (
        <>
          <h3 id="active-rules">
            Active rules — version {view.n}
            {view.name ? ` (${view.name})` : ''}
          </h3>
          {view.signer && <p className="meta">Signed by {view.signer}</p>}
          <ul className="list" aria-labelledby="active-rules">
            {view.lines.map((line) => (
              <li key={line} className="list-item">
                {line}
              </li>
            ))}
          </ul>
          <form className="stack" onSubmit={onSave} noValidate>
            <div className="field">
              <label htmlFor="rules-json">Rule set (JSON)</label>
              <textarea
                id="rules-json"
                className="mono"
                rows={12}
                spellCheck={false}
                value={json}
                onChange={(e) => setJson(e.target.value)}
              />
            </div>
            <RuleFile
              json={json}
              onLoaded={(text, name) => {
                setJson(text);
                setSaved(`Opened ${name}: review it, then Save rules.`);
              }}
              onError={setError}
            />
            <div className="field">
              <label htmlFor="rules-why">Why (optional)</label>
              <input id="rules-why" autoComplete="off" value={why} onChange={(e) => setWhy(e.target.value)} />
            </div>
            <ErrorAlert message={error} />
            {saved && (
              <p role="status" className="notice">
                {saved}
              </p>
            )}
            <div className="row">
              <button type="submit" disabled={busy}>
                Save rules
              </button>
              <Working busy={busy} label="Saving…" />
            </div>
          </form>
          <RuleHistory activeN={view.n} onRolledBack={onRolledBack} />
          <AskRules />
          <BlockedSites />
        </>
      )}
      {!view && <ErrorAlert message={error} />}
    </section>
  );
}
