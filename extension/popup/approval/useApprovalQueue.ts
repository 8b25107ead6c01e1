/**
 * The approval window's copy of the ring's queue. It is polled (sites keep asking while the
 * window is open), replaced by resolveApproval's answer (the new queue), and re-read after the
 * worker restarted, telling the user when the request they were reading left the queue.
 *
 *   const queue = useApprovalQueue({ unlocked, onStale: readStatus });
 *   await queue.resolve({ id: queue.requests[0].id, decision: 'reject' });
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type ApprovalsView,
  getApprovals,
  type PendingApproval,
  resolveApproval,
} from '../../../src/rpc/procedures/approvals';
import type { InputOf } from '../../../src/rpc/procedures/procedure';
import { t } from '../i18n';
import { call, errorCode, errorMessage, onDisconnect } from '../ringClient';
import { usePoll } from '../usePoll';
import { vanishedNotice } from './queue';

export type ResolveInput = InputOf<typeof resolveApproval>;

const POLL_MS = 700;
/** Long enough to read the notice, short enough not to hold up the next request. */
const NOTICE_MS = 2500;
/**
 * The window opens as soon as a site asks, before the ring has built the card (simulation takes
 * a moment), so an empty queue at first means "preparing". If no card ever comes, give up then.
 */
const NOTHING_CAME_MS = 30_000;

interface Options {
  /** Poll only while unlocked: the ring builds the cards after the unlock step. */
  unlocked: boolean;
  /** The ring said LOCKED while we thought it unlocked (auto-lock): re-read the status. */
  onStale(): void;
}

export function useApprovalQueue({ unlocked, onStale }: Options) {
  const [requests, setRequests] = useState<PendingApproval[]>([]);
  const [preparing, setPreparing] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** A request was in the queue at some point: from then on an empty queue means "all answered". */
  const [seen, setSeen] = useState(false);
  const [nothingCame, setNothingCame] = useState(false);
  const shown = useRef<string | undefined>(undefined);
  const restarted = useRef(false);
  const loading = useRef(false);
  // Bumped when a resolve starts and ends: a poll answer begun before then may still hold the
  // answered request, and must not put it back on screen.
  const epoch = useRef(0);

  const apply = useCallback((view: ApprovalsView, answeredId?: string) => {
    const gone =
      shown.current === answeredId ? null : vanishedNotice(shown.current, view.requests, restarted.current);
    if (gone) setNotice(gone === 'restarted' ? t('approvalGoneRestarted') : t('approvalGone'));
    restarted.current = false;
    shown.current = view.requests[0]?.id;
    if (view.requests.length > 0 || view.preparing > 0) setSeen(true);
    setRequests(view.requests);
    setPreparing(view.preparing);
    setLoaded(true);
    setError(null);
  }, []);

  const load = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    const started = epoch.current;
    try {
      const view = await call(getApprovals, {});
      if (started === epoch.current) apply(view);
    } catch (e) {
      const code = errorCode(e);
      // LOCKED while locked is expected (the unlock step is on screen); DISCONNECTED is followed
      // by onDisconnect, which re-reads everything.
      if (code === 'LOCKED') {
        if (unlocked) onStale();
      } else if (code !== 'DISCONNECTED') setError(errorMessage(e));
    } finally {
      loading.current = false;
    }
  }, [apply, unlocked, onStale]);

  /** Answers one request; throws what the ring threw (the caller shows it on the card). */
  const resolve = useCallback(
    async (input: ResolveInput) => {
      epoch.current++;
      try {
        apply(await call(resolveApproval, input), input.id);
      } finally {
        epoch.current++;
      }
    },
    [apply],
  );

  useEffect(() => {
    if (unlocked) void load();
  }, [unlocked, load]);
  usePoll(load, POLL_MS, unlocked);

  useEffect(
    () =>
      onDisconnect(() => {
        // The worker restarted: its queue may be gone. The next successful read says so; this
        // one runs even if the ring came back locked, so a lost request is told without unlocking.
        restarted.current = true;
        setTimeout(() => void load(), 0); // after the dropped calls have settled
      }),
    [load],
  );

  // preparing: requests the ring is still building a card for (reading the chain, simulating).
  const empty = loaded && requests.length === 0 && preparing === 0;
  useEffect(() => {
    if (!unlocked || !empty || seen) return;
    const timer = setTimeout(() => setNothingCame(true), NOTHING_CAME_MS);
    return () => clearTimeout(timer);
  }, [unlocked, empty, seen]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  /** The window's work is over: close it (CONTRACT.md: the next request opens a new window). */
  const finished = empty && !notice && (seen || nothingCame);
  return { requests, loaded, error, notice, finished, resolve };
}
