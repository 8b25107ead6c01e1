/**
 * The approval queue: every site request that needs the user waits here, in arrival order, until
 * the one approval window answers it. A request first takes a ticket (the window opens at once
 * and shows that something is being prepared — simulation can take a moment), then asks with its
 * card. Per origin only a few tickets may be open at once, so a page cannot bury the user in
 * prompts; closing the window rejects everything it was showing (4001).
 *
 *   const ticket = queue.open(origin);               // throws -32002 past the per-origin limit
 *   const answer = await ticket.ask(card);           // rejects with 4001 when the user says no
 */

import { ErrorCode, RpcError } from '../errors';
import type { Card } from '../markup/card';

/** What the user chose on the card, besides "approve". */
export interface ApprovalAnswer {
  accounts?: string[];
  fees?: { maxFeePerGasGwei?: string; maxPriorityFeePerGasGwei?: string; gasPriceGwei?: string };
  password?: string;
}

export interface PendingRequest {
  id: string;
  origin: string;
  card: Card;
  needsPassword?: boolean;
}

export interface Ticket {
  /** Shows the card and waits for the user. */
  ask(card: Card, options?: { needsPassword?: boolean }): Promise<ApprovalAnswer>;
  /** Gives the ticket back without asking (the request failed before its card was ready). */
  close(): void;
  /** Settles when the ticket is rejected from outside (window closed, queue cleared). */
  readonly cancelled: Promise<RpcError>;
}

export interface ApprovalQueueOptions {
  maxPerOrigin?: number;
  /** Told the number of open tickets after every change (the background opens or closes the window). */
  onChange?: (open: number) => void;
}

type Entry = {
  id: string;
  origin: string;
  card?: Card;
  needsPassword?: boolean;
  resolve?: (answer: ApprovalAnswer) => void;
  reject: (error: RpcError) => void;
};

const rejected = () => new RpcError(ErrorCode.userRejected, 'User rejected the request');

export function createApprovalQueue(options: ApprovalQueueOptions = {}) {
  const maxPerOrigin = options.maxPerOrigin ?? 5;
  const entries = new Map<string, Entry>();
  let counter = 0;
  /** The last view handed to the approval window was empty: it is closing itself (or may). */
  let windowSawEmpty = false;
  const changed = () => options.onChange?.(entries.size);

  function settle(id: string): Entry | undefined {
    const entry = entries.get(id);
    if (entry) {
      entries.delete(id);
      changed();
    }
    return entry;
  }

  function open(origin: string): Ticket {
    const mine = [...entries.values()].filter((e) => e.origin === origin).length;
    if (mine >= maxPerOrigin) {
      throw new RpcError(
        ErrorCode.resourceUnavailable,
        `${mine} requests from this site are already waiting for the user; answer them first`,
      );
    }
    const id = `r${++counter}-${Math.random().toString(36).slice(2, 10)}`;
    let cancel!: (error: RpcError) => void;
    const cancelled = new Promise<RpcError>((resolve) => (cancel = resolve));
    const entry: Entry = { id, origin, reject: cancel };
    entries.set(id, entry);
    changed();
    return {
      cancelled,
      close: () => void settle(id),
      ask(card, askOptions = {}) {
        if (!entries.has(id)) return Promise.reject(rejected());
        return new Promise<ApprovalAnswer>((resolve, reject) => {
          entry.card = card;
          if (askOptions.needsPassword) entry.needsPassword = true;
          entry.resolve = resolve;
          entry.reject = (error) => {
            cancel(error);
            reject(error);
          };
          changed();
        });
      },
    };
  }

  const queue = {
    open,
    /** Requests whose card is ready, oldest first. */
    list(): PendingRequest[] {
      return [...entries.values()].flatMap((e) =>
        e.card
          ? [
              {
                id: e.id,
                origin: e.origin,
                card: e.card,
                ...(e.needsPassword ? { needsPassword: true } : {}),
              },
            ]
          : [],
      );
    },
    /** Tickets still preparing their card (or waiting for the wallet to unlock). */
    preparing(): number {
      return [...entries.values()].filter((e) => !e.card).length;
    },
    /** What the approval window is given to show (its getApprovals / resolveApproval answer). */
    view(): { requests: PendingRequest[]; preparing: number } {
      const view = { requests: queue.list(), preparing: queue.preparing() };
      windowSawEmpty = view.requests.length === 0 && view.preparing === 0;
      return view;
    },
    /**
     * The approval window went away. When the last view it was given was empty, it closed itself
     * because the queue was empty: any ticket open now came after that (a follow-up request, like
     * the switch card after an add card) and was never on screen, so it stays, and the result is
     * true — open a new window for it. Otherwise the user closed the window on its requests:
     * everything is rejected with 4001.
     */
    windowClosed(): boolean {
      const sawEmpty = windowSawEmpty;
      windowSawEmpty = false;
      if (sawEmpty) return entries.size > 0;
      queue.rejectAll();
      return false;
    },
    get size() {
      return entries.size;
    },
    /** The user's answer; false when no request with that id is waiting (answered or gone). */
    resolve(id: string, decision: 'approve' | 'reject', answer: ApprovalAnswer = {}): boolean {
      const entry = entries.get(id);
      if (!entry?.card || !entry.resolve) return false;
      settle(id);
      if (decision === 'approve') entry.resolve(answer);
      else entry.reject(rejected());
      return true;
    },
    /** Rejects every open ticket (the window was closed: 4001; the wallet is going away: 4900). */
    rejectAll(error: RpcError = rejected()): void {
      const all = [...entries.values()];
      entries.clear();
      for (const entry of all) entry.reject(error);
      if (all.length) changed();
    },
    /** Rejects the tickets of one origin (its grant was revoked). */
    rejectOrigin(origin: string, error: RpcError): void {
      for (const entry of [...entries.values()]) {
        if (entry.origin !== origin) continue;
        entries.delete(entry.id);
        entry.reject(error);
      }
      changed();
    },
  };
  return queue;
}

export type ApprovalQueue = ReturnType<typeof createApprovalQueue>;
