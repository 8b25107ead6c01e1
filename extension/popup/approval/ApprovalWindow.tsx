/**
 * The approval window (approval.html): one window for the whole queue of site requests. It
 * unlocks first when it must, shows the first request, and closes itself when the queue is
 * empty (CONTRACT.md: the next request after that opens a new window).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getStatus, type WalletStatus } from '../../../src/rpc/procedures/status';
import { ErrorAlert } from '../components/ErrorAlert';
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
          <h1>Ringfence</h1>
        </header>
        {statusError && (
          <div className="row">
            <ErrorAlert message={statusError} />
            <button type="button" className="secondary small" onClick={readStatus}>
              Retry
            </button>
          </div>
        )}
        {!status && !statusError && <p role="status">Opening the wallet…</p>}
        {queue.notice && (
          <p role="status" className="notice">
            {queue.notice}
          </p>
        )}
        <ErrorAlert message={queue.error} />
        {status?.state === 'uninitialized' && (
          <p className="notice">
            Ringfence has no wallet yet. Open it from the toolbar to create or import one.
          </p>
        )}
        {status?.state === 'locked' && (
          <>
            <p className="notice">
              {first ? <span translate="no">{first.origin}</span> : 'A site'} is waiting for your approval.
              Unlock to review the request.
            </p>
            <Unlock retryAfterMs={status.retryAfterMs} onUnlocked={setStatus} />
          </>
        )}
        {unlocked && !queue.error && !first && !queue.finished && !queue.notice && (
          <div className="stack">
            <p role="status">Preparing the request…</p>
            {/* The ring rejects whatever this window was for when it closes. */}
            <button type="button" className="secondary" onClick={() => window.close()}>
              Close
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
        {queue.finished && <p role="status">No request is waiting. This window closes.</p>}
      </main>
    </RingUiContext.Provider>
  );
}
