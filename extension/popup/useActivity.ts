/**
 * The wallet's activity as the ring recorded it (getActivity), read once on mount and then every
 * 3 s while a transaction is pending (the ring re-checks receipts and Bitcoin/Litecoin backends
 * on each read); polling stops when nothing is pending. Used by the Activity screen and Home's
 * Activity tab.
 *
 *   const { view, busy, error, load } = useActivity();
 */
import { useCallback, useContext, useEffect, useState } from 'react';
import { type ActivityView, getActivity } from '../../src/rpc/procedures/sites';
import { call, errorMessage } from './ringClient';
import { RingUiContext, useAction } from './useAction';
import { usePoll } from './usePoll';

const POLL_MS = 3000;

export function useActivity() {
  const [view, setView] = useState<ActivityView | null>(null);
  const { busy, error, setError, run } = useAction();
  const { reportError } = useContext(RingUiContext);

  const load = useCallback(async () => {
    const next = await run(() => call(getActivity, {}));
    if (next) setView(next);
  }, [run]);

  // Background re-reads skip `run`: the busy state would flicker the Refresh button every 3 s.
  const poll = useCallback(async () => {
    try {
      setView(await call(getActivity, {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
      reportError(e);
    }
  }, [setError, reportError]);

  useEffect(() => {
    void load();
  }, [load]);
  usePoll(poll, POLL_MS, view?.items.some((item) => item.status === 'pending') ?? false);

  return { view, busy, error, load };
}
