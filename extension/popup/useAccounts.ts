/**
 * Home's account list, read page by page: the first page (with the selected account and the total)
 * on open, further pages as rows scroll into view (`show(first, last)`), and every change patched
 * in from its AccountChange answer (a re-read only when another window changed the list).
 *
 *   const accounts = useAccounts(run);
 *   accounts.copy?.total; accounts.show(0, 12); await accounts.update(() => call(addAccount, {}));
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { getAccounts } from '../../src/rpc/procedures/accounts';
import type { AccountChange } from '../../src/rpc/procedures/schemas';
import {
  ACCOUNTS_PAGE,
  type AccountsCopy,
  applyAccountChange,
  copyOf,
  isStaleCopy,
  mergeWindow,
  missingPages,
} from './accountsPatch';
import { call, errorMessage } from './ringClient';
import { RingUiContext } from './useAction';

type Run = <T>(action: () => Promise<T>) => Promise<T | undefined>;

export function useAccounts(run: Run) {
  const { reportError } = useContext(RingUiContext);
  const [copy, setCopy] = useState<AccountsCopy | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const copyRef = useRef<AccountsCopy | null>(null);
  copyRef.current = copy;
  /** Page starts asked for and not answered yet, and which read they belong to. */
  const pending = useRef(new Set<number>());
  const generation = useRef(0);

  const reload = useCallback(async () => {
    generation.current++;
    pending.current.clear();
    const view = await run(() => call(getAccounts, { from: 0, limit: ACCOUNTS_PAGE }));
    if (view) setCopy(copyOf(view));
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Rows `first` … `last` are on screen (or about to be): fetch the pages not yet here. */
  const show = useCallback(
    (first: number, last: number) => {
      const current = copyRef.current;
      if (!current) return;
      const read = generation.current;
      for (const from of missingPages(current, first, last, pending.current)) {
        pending.current.add(from);
        call(getAccounts, { from, limit: ACCOUNTS_PAGE })
          .then((view) => {
            if (read !== generation.current) return;
            setPageError(null);
            setCopy((c) => c && mergeWindow(c, view));
          })
          .catch((e) => {
            if (read !== generation.current) return;
            setPageError(errorMessage(e));
            reportError(e);
          })
          .finally(() => {
            if (read === generation.current) pending.current.delete(from);
          });
      }
    },
    [reportError],
  );

  /** Runs a change; resolves true when the ring accepted it. */
  const update = useCallback(
    async (action: () => Promise<AccountChange>): Promise<boolean> => {
      const change = await run(action);
      if (!change) return false;
      const current = copyRef.current;
      if (current && !isStaleCopy(current, change)) setCopy((c) => c && applyAccountChange(c, change));
      else void reload();
      return true;
    },
    [run, reload],
  );

  return { copy, pageError, show, update };
}
