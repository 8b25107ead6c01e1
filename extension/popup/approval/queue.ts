/**
 * Small rules of the approval queue, kept pure so they are tested without a browser: when to
 * tell the user that the request on screen left the queue without their answer, and the
 * "N more waiting" line.
 *
 *   vanishedNotice('req-1', [], true);   // RESTARTED_TEXT: the worker restarted under the window
 */

/** The ring answers the site for every request a restart lost, so the site already knows. */
export const RESTARTED_TEXT = 'This request is no longer pending (the wallet restarted); the site was told.';
export const GONE_TEXT = 'This request is no longer pending.';

/**
 * The notice for a request that was on screen (`shownId`) and is not in the `next` queue; null
 * when it is still there or nothing was shown. The caller skips this for the request it just answered.
 */
export function vanishedNotice(
  shownId: string | undefined,
  next: readonly { id: string }[],
  restarted: boolean,
): string | null {
  if (shownId === undefined || next.some((request) => request.id === shownId)) return null;
  return restarted ? RESTARTED_TEXT : GONE_TEXT;
}

/** "2 more waiting" for the requests behind the one on screen; null when it is the only one. */
export function waitingText(queueLength: number): string | null {
  const behind = queueLength - 1;
  return behind > 0 ? `${behind} more waiting` : null;
}
