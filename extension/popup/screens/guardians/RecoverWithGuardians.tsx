/**
 * First run, "Recover with guardians" (CONTRACT.md: "recovery", "recovery request"). Paper
 * envelopes can be pasted at once; sealed shares need a recovery request first ("Ask guardians"),
 * which survives restarts, so this screen shows it again whenever it is opened. The ring combines
 * and refuses anything but one consistent split: the popup only collects texts.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../../src/rpc/procedures/procedure';
import { getRecoveryRequest, recoverWallet } from '../../../../src/rpc/procedures/recovery';
import type { WalletStatus } from '../../../../src/rpc/procedures/status';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { EMPTY_PAIR, firstProblem, PasswordFields, type PasswordPair } from '../../components/PasswordFields';
import { ReadOnlyText } from '../../components/ReadOnlyText';
import { ScreenHeader } from '../../components/ScreenHeader';
import { t, uiLocale } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { AskGuardians } from './AskGuardians';
import { nonEmptyShares } from './rules';
import { ShareFields } from './ShareFields';
import { tParts } from './tParts';

type Request = NonNullable<OutputOf<typeof getRecoveryRequest>['request']>;

const date = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  onRecovered(status: WalletStatus): void;
  onBack(): void;
}

export function RecoverWithGuardians({ onRecovered, onBack }: Props) {
  // undefined: not loaded yet; null: this browser has no request.
  const [request, setRequest] = useState<Request | null | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [shares, setShares] = useState<string[]>(['', '']);
  const [pair, setPair] = useState<PasswordPair>(EMPTY_PAIR);
  const [tried, setTried] = useState(false);
  const load = useAction();
  const recover = useAction();
  const runLoad = load.run;

  const loadRequest = useCallback(async () => {
    const out = await runLoad(() => call(getRecoveryRequest, {}));
    if (out) setRequest(out.request ?? null);
  }, [runLoad]);

  useEffect(() => {
    void loadRequest();
  }, [loadRequest]);

  // Shares and password must not outlive this screen.
  useEffect(
    () => () => {
      setShares([]);
      setPair(EMPTY_PAIR);
    },
    [],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const texts = nonEmptyShares(shares);
    const problem = texts.length === 0 ? t('guardiansPasteOneShare') : firstProblem(pair);
    if (problem) {
      recover.setError(problem);
      return;
    }
    const password = pair.password;
    setPair(EMPTY_PAIR);
    setTried(false);
    const status = await recover.run(() => call(recoverWallet, { shares: texts, password }));
    if (status) onRecovered(status);
  };

  if (asking)
    return (
      <section className="stack" aria-labelledby="recover-title">
        <h2 id="recover-title">{t('recoverWithGuardians')}</h2>
        <AskGuardians
          replacing={Boolean(request)}
          onCreated={(created) => {
            setRequest(created);
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
        />
      </section>
    );

  const busy = recover.busy;
  return (
    <section className="stack" aria-labelledby="recover-title">
      <ScreenHeader id="recover-title" title={t('recoverWithGuardians')}>
        <button type="button" className="secondary" onClick={onBack} disabled={busy}>
          {t('back')}
        </button>
      </ScreenHeader>
      {request === undefined && !load.error && <p role="status">{t('guardiansLookingForRequest')}</p>}
      <ErrorAlert message={load.error} />
      {load.error && (
        <button type="button" className="secondary small" onClick={loadRequest} disabled={load.busy}>
          {t('retry')}
        </button>
      )}
      {request ? (
        <div className="stack">
          <h3>{t('guardiansYourRequest')}</h3>
          <ReadOnlyText label={t('guardiansRequestCode')} value={request.code} copy="code" />
          <p>
            {tParts('guardiansRequestSendCode', <strong className="mono">{request.words.join(' ')}</strong>)}
          </p>
          <p className="meta">{t('guardiansRequestMade', date.format(request.createdAt))}</p>
        </div>
      ) : (
        <p>{t('guardiansRecoverNoRequest')}</p>
      )}
      <div className="row">
        <button type="button" className="secondary" onClick={() => setAsking(true)} disabled={busy}>
          {t('guardiansAsk')}
        </button>
      </div>
      <form className="stack" aria-labelledby="shares-title" onSubmit={submit}>
        <h3 id="shares-title">{t('guardiansSharesTitle')}</h3>
        <p className="hint">{request ? t('guardiansSharesHintRequest') : t('guardiansSharesHint')}</p>
        <ShareFields shares={shares} onChange={setShares} disabled={busy} />
        <PasswordFields value={pair} onChange={setPair} showAll={tried} disabled={busy} />
        <ErrorAlert message={recover.error} />
        <div className="row">
          <button type="submit" disabled={busy}>
            {t('guardiansRecover')}
          </button>
          <Working busy={busy} label={t('guardiansCombining')} />
        </div>
      </form>
    </section>
  );
}
