/**
 * Owner: split the phrase into T-of-N envelopes (CONTRACT.md: "guardians", "sealed guardians").
 * A guardian code seals that envelope to the guardian's wallet; an empty one makes a paper
 * envelope, the only case where a share itself is on screen. The password is re-entered because
 * the split reads the phrase; it is cleared as soon as it is sent.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { type GuardiansView, getGuardians, splitToGuardians } from '../../../../src/rpc/procedures/guardians';
import { CurrentPassword } from '../../components/CurrentPassword';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { MAX_GUARDIANS, splitProblem } from './rules';
import { type SplitOutput, SplitResult } from './SplitResult';

export function SetUpGuardians({ onDone }: { onDone(): void }) {
  const id = useId();
  const [thresholdText, setThresholdText] = useState('2');
  const [countText, setCountText] = useState('3');
  const [codes, setCodes] = useState<string[]>(() => Array(MAX_GUARDIANS).fill(''));
  const [label, setLabel] = useState('');
  const [password, setPassword] = useState('');
  const [existing, setExisting] = useState<GuardiansView | null>(null);
  const [result, setResult] = useState<SplitOutput | null>(null);
  const { busy, error, setError, run } = useAction();
  const load = useAction();
  const runLoad = load.run;

  useEffect(() => {
    // To warn before replacing a split.
    void runLoad(() => call(getGuardians, {})).then((view) => view && setExisting(view));
  }, [runLoad]);

  // Paper envelopes are the phrase in pieces: gone with this screen.
  useEffect(() => () => setResult(null), []);

  const threshold = Number(thresholdText);
  const count = Number(countText);
  const problem = splitProblem(threshold, count);
  const problemText =
    problem &&
    (problem.field === 'count'
      ? t('guardiansCountProblem', problem.max)
      : t('guardiansThresholdProblem', problem.max));
  const fields = Number.isInteger(count) ? Math.min(Math.max(count, 1), MAX_GUARDIANS) : 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problemText) {
      setError(problemText);
      return;
    }
    const typed = password;
    setPassword('');
    const out = await run(() =>
      call(splitToGuardians, {
        password: typed,
        threshold,
        count,
        codes: codes.slice(0, count).map((code) => code.trim()),
      }),
    );
    if (out) setResult(out);
  };

  if (result) return <SplitResult result={result} label={label} onDone={onDone} />;

  return (
    <form className="stack" aria-labelledby={`${id}-t`} onSubmit={submit}>
      <ScreenHeader id={`${id}-t`} title={t('guardiansSetUpTitle')}>
        <button type="button" className="secondary" onClick={onDone} disabled={busy}>
          {t('back')}
        </button>
      </ScreenHeader>
      <p>{t('guardiansSetUpIntro')}</p>
      <ErrorAlert message={load.error} />
      {existing?.split && (
        <p className="warning">{t('guardiansSplitExists', existing.split.threshold, existing.split.count)}</p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-th`}>{t('guardiansThreshold')}</label>
          <input
            id={`${id}-th`}
            type="number"
            min={1}
            max={MAX_GUARDIANS}
            value={thresholdText}
            disabled={busy}
            aria-invalid={problem?.field === 'threshold' ? true : undefined}
            onChange={(event) => setThresholdText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-n`}>{t('guardiansCount')}</label>
          <input
            id={`${id}-n`}
            type="number"
            min={1}
            max={MAX_GUARDIANS}
            value={countText}
            disabled={busy}
            aria-invalid={problem?.field === 'count' ? true : undefined}
            onChange={(event) => setCountText(event.target.value)}
          />
        </div>
      </div>
      <p className={problem ? 'hint error' : 'hint'} aria-live="polite">
        {problemText ?? t('guardiansSplitRange', MAX_GUARDIANS)}
      </p>
      {!problem && threshold === 1 && <p className="warning">{t('guardiansThresholdOne')}</p>}
      <p id={`${id}-ch`} className="hint">
        {t('guardiansCodesHint')}
      </p>
      {codes.slice(0, fields).map((code, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one field per guardian position.
        <div className="field" key={index}>
          <label htmlFor={`${id}-c${index}`}>{t('guardiansCodeN', index + 1)}</label>
          <input
            id={`${id}-c${index}`}
            type="text"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('guardiansCodePlaceholder')}
            aria-describedby={`${id}-ch`}
            value={code}
            disabled={busy}
            onChange={(event) => setCodes(codes.map((c, i) => (i === index ? event.target.value : c)))}
          />
        </div>
      ))}
      <TextField
        id={`${id}-l`}
        label={t('guardiansKitLabel')}
        type="text"
        placeholder={t('guardiansKitLabelPlaceholder')}
        value={label}
        disabled={busy}
        onChange={setLabel}
      />
      <CurrentPassword value={password} onChange={setPassword} disabled={busy} />
      <ErrorAlert message={error} />
      <div className="row">
        <button type="submit" disabled={busy || password === ''}>
          {t('guardiansSplit')}
        </button>
        <Working busy={busy} label={t('guardiansSplitting')} />
      </div>
    </form>
  );
}
