/**
 * Owner: who can restore this wallet (CONTRACT.md: "guardians"). Reads the current split from the
 * ring and leads to Set up guardians and Check guardian. The ring knows two custody modes; a mixed
 * setup is a guardian split where the owner keeps one or more paper envelopes, so it is explained
 * here rather than stored.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { type GuardiansView, getGuardians } from '../../../../src/rpc/procedures/guardians';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { t, uiLocale } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { tParts } from './tParts';

type Split = NonNullable<GuardiansView['split']>;

const date = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

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
      <ScreenHeader id="guardians-title" title={t('guardiansTitle')} onBack={onBack} />
      <ul className="stack custody">
        <li>{tParts('guardiansCustodyPhrase', <strong>{t('guardiansCustodyPhraseName')}</strong>)}</li>
        <li>{tParts('guardiansCustodyGuardians', <strong>{t('guardiansCustodyGuardiansName')}</strong>)}</li>
        <li>{tParts('guardiansCustodyMixed', <strong>{t('guardiansCustodyMixedName')}</strong>)}</li>
      </ul>
      {!view && !error && <p role="status">{t('guardiansLoading')}</p>}
      <ErrorAlert message={error} />
      {!view && error && (
        <button type="button" className="secondary" onClick={load} disabled={busy}>
          {t('retry')}
        </button>
      )}
      {view?.custody === 'phrase' && <p className="notice">{t('guardiansPhraseOnlyNotice')}</p>}
      {view?.split && <SplitSummary split={view.split} onCheck={onCheck} />}
      {view && <p className="hint">{t('guardiansPhraseStillRestores')}</p>}
      <div className="row">
        <button type="button" onClick={onSetUp}>
          {t('guardiansSetUpTitle')}
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
        {paper > 0
          ? t('guardiansSplitNoticePaper', split.threshold, split.count, paper)
          : t('guardiansSplitNotice', split.threshold, split.count)}
      </p>
      <p className="meta">
        {tParts(
          'guardiansSplitMeta',
          <span className="mono">{split.tag}</span>,
          split.epoch,
          date.format(split.createdAt),
        )}
      </p>
      <ul className="list" aria-label={t('guardiansCurrentList')}>
        {split.guardians.map((guardian) => (
          <li key={guardian.index} className="list-item">
            <strong>{t('guardiansGuardianN', guardian.index)}</strong>
            <span>
              {guardian.kind === 'paper' ? t('guardiansKindPaper') : t('guardiansKindSealed')}
              {guardian.words && guardian.words.length > 0 && (
                <>
                  {' '}
                  {tParts(
                    'guardiansWordsAfterKind',
                    <span className="mono">{guardian.words.join(' ')}</span>,
                  )}
                </>
              )}
            </span>
            <span className="meta">
              {guardian.confirmedAt === undefined
                ? t('guardiansNeverChecked')
                : t('guardiansLastConfirmed', date.format(guardian.confirmedAt))}
            </span>
          </li>
        ))}
      </ul>
      <div className="row">
        <label htmlFor={id}>{t('guardiansToCheck')}</label>
        <select id={id} value={index} onChange={(event) => setIndex(Number(event.target.value))}>
          {split.guardians.map((guardian) => (
            <option key={guardian.index} value={guardian.index}>
              {t(
                'guardiansCheckOption',
                guardian.index,
                guardian.kind === 'paper' ? t('guardiansKindPaperShort') : t('guardiansKindSealedShort'),
              )}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => onCheck(index)}>
          {t('guardiansCheck')}
        </button>
      </div>
    </div>
  );
}
