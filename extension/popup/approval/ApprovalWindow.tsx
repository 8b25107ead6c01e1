/**
 * The approval window (approval.html): one window for the whole queue of site requests. It
 * unlocks first when it must, shows the first request, and closes itself when the queue is
 * empty (CONTRACT.md: the next request after that opens a new window).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getStatus, type WalletStatus } from '../../../src/rpc/procedures/status';
import { ErrorAlert } from '../components/ErrorAlert';
import { t } from '../i18n';
import { call, errorMessage, isStale, onDisconnect } from '../ringClient';
import { Unlock } from '../screens/Unlock';
import { RingUiContext } from '../useAction';
import { RequestView } from './RequestView';
import { useApprovalQueue } from './useApprovalQueue';
import './approval.css';

export function ApprovalWindow() {
  const [status, setStatus] = useState<WalletStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);

  const readStatus = useCallback(async () => {
    try {
      setStatus(await call(getStatus, {}));
      setStatusError(null);
    } catch (e) {
      setStatusError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void readStatus();
    // A restarted worker comes back locked: re-read, which may put the unlock step up again.
    return onDisconnect(() => void readStatus());
  }, [readStatus]);

  const unlocked = status?.state === 'unlocked';
  const queue = useApprovalQueue({ unlocked, onStale: readStatus });
  const ui = useMemo(
    () => ({
      reportError: (e: unknown) => {
        if (isStale(e)) void readStatus(); // LOCKED mid-request (auto-lock) or a restart
      },
    }),
    [readStatus],
  );

  useEffect(() => {
    if (queue.finished) window.close();
  }, [queue.finished]);

  const first = queue.requests[0];
  return (
    <RingUiContext.Provider value={ui}>
      <main className="screen approval">
        <header className="bar">
          <h1>{t('extName')}</h1>
        </header>
        {statusError && (
          <div className="row">
            <ErrorAlert message={statusError} />
            <button type="button" className="secondary small" onClick={readStatus}>
              {t('retry')}
            </button>
          </div>
        )}
        {!status && !statusError && <p role="status">{t('opening')}</p>}
        {queue.notice && (
          <p role="status" className="notice">
            {queue.notice}
          </p>
        )}
        <ErrorAlert message={queue.error} />
        {status?.state === 'uninitialized' && <p className="notice">{t('approvalNoWallet')}</p>}
        {status?.state === 'locked' && (
          <>
            <p className="notice">
              {first ? (
                <>
                  <span translate="no">{first.origin}</span> {t('approvalOriginWaiting')}
                </>
              ) : (
                t('approvalSiteWaiting')
              )}
            </p>
            <Unlock retryAfterMs={status.retryAfterMs} onUnlocked={setStatus} />
          </>
        )}
        {unlocked && !queue.error && !first && !queue.finished && !queue.notice && (
          <div className="stack">
            <p role="status">{t('approvalPreparing')}</p>
            {/* The ring rejects whatever this window was for when it closes. */}
            <button type="button" className="secondary" onClick={() => window.close()}>
              {t('approvalClose')}
            </button>
          </div>
        )}
        {unlocked && first && !queue.notice && (
          <RequestView
            key={first.id}
            request={first}
            queueLength={queue.requests.length}
            onResolve={queue.resolve}
          />
        )}
        {queue.finished && <p role="status">{t('approvalFinished')}</p>}
      </main>
    </RingUiContext.Provider>
  );
}
