/**
 * Every popup action goes through `run`: it marks the screen busy, shows a failure instead of
 * swallowing it, and tells the app when the ring's state may have moved under it (LOCKED,
 * DISCONNECTED → re-read getStatus, which may put the locked screen up).
 *
 *   const { busy, error, run } = useAction();
 *   const out = await run(() => call(unlock, { password }));   // undefined when it failed
 */
import { createContext, useCallback, useContext, useState } from 'react';
import { errorMessage } from './ringClient';

export interface RingUi {
  /** Called with every failure; the app re-reads the wallet status when it is stale. */
  reportError(error: unknown): void;
}

export const RingUiContext = createContext<RingUi>({ reportError: () => {} });

export function useAction(messageFor: (error: unknown) => string = errorMessage) {
  const { reportError } = useContext(RingUiContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action();
      } catch (e) {
        setError(messageFor(e));
        reportError(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [messageFor, reportError],
  );

  return { busy, error, setError, run };
}
