/** Auto-lock after N idle minutes (0 turns it off); the ring runs the alarm. */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { getSettings, setAutoLock } from '../../../../src/rpc/procedures/settings';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';

export function AutoLockForm() {
  const id = useId();
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const { busy, error, setError, run } = useAction();

  useEffect(() => {
    void run(() => call(getSettings, {})).then((settings) => {
      if (!settings) return;
      setMinutes(String(settings.autoLockMinutes));
      setSaved(settings.autoLockMinutes);
    });
  }, [run]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 0 || value > 1440) {
      setError(t('settingsAutoLockProblem', 1440));
      return;
    }
    const settings = await run(() => call(setAutoLock, { minutes: value }));
    if (settings) setSaved(settings.autoLockMinutes);
  };

  return (
    <form className="stack" aria-labelledby={`${id}-t`} onSubmit={submit}>
      <h3 id={`${id}-t`}>{t('settingsAutoLockTitle')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('settingsAutoLockLabel')}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          step={1}
          value={minutes}
          aria-describedby={`${id}-h`}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <p id={`${id}-h`} className="hint">
          {saved === null
            ? t('settingsAutoLockHint')
            : saved === 0
              ? t('settingsAutoLockOff')
              : t('settingsAutoLockOn', saved)}
        </p>
      </div>
      <ErrorAlert message={error} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {t('settingsAutoLockSave')}
        </button>
        <Working busy={busy} />
      </div>
    </form>
  );
}
