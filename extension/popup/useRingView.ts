/**
 * A screen's view from the ring: read on open, re-read by `reload`, and replaced by `setView` with
 * the view a change answers with. It reads through the screen's own `run` (useAction), so the
 * read and the screen's changes share one busy flag and one error: a failed read shows where a
 * failed change would, and the buttons wait for the read.
 *
 *   const { busy, error, run } = useAction();
 *   const { view, setView, reload } = useRingView(run, getAddressBook);
 *   const next = await run(() => call(removeContact, { address }));
 *   if (next) setView(next);
 */
import { useCallback, useEffect, useState } from 'react';
import type { Procedure } from '../../src/rpc/procedures/procedure';
import { call } from './ringClient';

type Run = <T>(action: () => Promise<T>) => Promise<T | undefined>;

/** A view getter: no input (Empty), so the view depends on nothing but the ring's state. */
type ViewProcedure<V> = Procedure<string, Record<string, never>, V>;

export function useRingView<V>(run: Run, procedure: ViewProcedure<V>) {
  const [view, setView] = useState<V | null>(null);

  const reload = useCallback(async () => {
    const next = await run(() => call(procedure, {}));
    if (next) setView(next);
  }, [run, procedure]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { view, setView, reload };
}
