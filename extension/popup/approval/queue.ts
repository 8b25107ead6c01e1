/**
 * Small rules of the approval queue, kept pure so they are tested without a browser: when to
 * tell the user that the request on screen left the queue without their answer, and how many
 * requests wait behind it. The window says both in the user's language.
 *
 *   vanishedNotice('req-1', [], true);   // 'restarted': the worker restarted under the window
 */

/**
 * Why the request that was on screen (`shownId`) is not in the `next` queue: 'restarted' (the ring
 * answers the site for every request a restart lost, so the site already knows) or 'gone'; null
 * when it is still there or nothing was shown. The caller skips this for the request it just answered.
 */
export function vanishedNotice(
  shownId: string | undefined,
  next: readonly { id: string }[],
  restarted: boolean,
): 'restarted' | 'gone' | null {
  if (shownId === undefined || next.some((request) => request.id === shownId)) return null;
  return restarted ? 'restarted' : 'gone';
}

/** How many requests wait behind the one on screen ("2 more waiting"); null when it is the only one. */
export function waitingBehind(queueLength: number): number | null {
  const behind = queueLength - 1;
  return behind > 0 ? behind : null;
}
