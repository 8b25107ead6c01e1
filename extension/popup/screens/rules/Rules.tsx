/**
 * Rules (issue 10, docs/rules.md): the active rule set as a readable list, the whole set as JSON to
 * edit and save (a bad file is refused with an alert naming the bad field, and nothing changes),
 * the version history with diff and roll back, and "Ask the rules". Every decision is the ring's;
 * this screen only shows its answers.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { getRules, type RulesView, saveRules } from '../../../../src/rpc/procedures/rules';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
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
    setSaved(t('rulesSaved', next.n));
  };

  const onRolledBack = (next: RulesView) => {
    show(next);
    setSaved(t('rulesRolledBack', next.n));
  };

  return (
    <section className="stack" aria-labelledby="rules-title">
      <ScreenHeader id="rules-title" title={t('rulesTitle')} onBack={onBack} />
      <p className="hint">{t('rulesHint')}</p>
      {!view && !error && <p role="status">{t('rulesLoading')}</p>}
      {view && (
        <>
          <h3 id="active-rules">
            {view.name ? t('rulesActiveNamed', view.n, view.name) : t('rulesActive', view.n)}
          </h3>
          {view.signer && <p className="meta">{t('rulesSignedBy', view.signer)}</p>}
          {/* The ring words the rules (their descriptions are the rule set's own text). */}
          <ul className="list" aria-labelledby="active-rules" data-ring-text>
            {view.lines.map((line) => (
              <li key={line} className="list-item">
                {line}
              </li>
            ))}
          </ul>
          <form className="stack" onSubmit={onSave} noValidate>
            <div className="field">
              <label htmlFor="rules-json">{t('rulesJson')}</label>
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
                setSaved(t('rulesOpened', name));
              }}
              onError={setError}
            />
            <TextField id="rules-why" label={t('rulesWhy')} value={why} onChange={setWhy} />
            <ErrorAlert message={error} />
            {saved && (
              <p role="status" className="notice">
                {saved}
              </p>
            )}
            <div className="row">
              <button type="submit" disabled={busy}>
                {t('rulesSave')}
              </button>
              <Working busy={busy} label={t('rulesSaving')} />
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
