/**
 * Guardian side (CONTRACT.md: "guardian side"): this wallet's guardian code, a dedicated public
 * key an owner seals an envelope to. The fingerprint words, compared by voice, stop a swapped code.
 */
import { useCallback, useEffect, useState } from 'react';
import { getGuardianCode } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReadOnlyText } from '../../components/ReadOnlyText';
import { ScreenHeader } from '../../components/ScreenHeader';
import { t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { tParts } from './tParts';

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
      <ScreenHeader id="be-guardian-title" title={t('guardiansBeAGuardian')} onBack={onBack} />
      {!code && !error && <p role="status">{t('guardiansLoadingCode')}</p>}
      <ErrorAlert message={error} />
      {!code && error && (
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          {t('retry')}
        </button>
      )}
      {code && (
        <>
          <p>{t('guardiansCodeIntro')}</p>
          <ReadOnlyText label={t('guardiansCode')} value={code.code} copy="code" />
          <p>{tParts('guardiansYourWords', <strong className="mono">{code.words.join(' ')}</strong>)}</p>
          <p className="hint">{t('guardiansCodeIsPublic')}</p>
          <div className="row">
            <button type="button" className="secondary" onClick={onInbox}>
              {t('guardiansOpenInbox')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
