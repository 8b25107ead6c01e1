/**
 * The one approval window: opened when the first request needs the user, focused (not
 * duplicated) when more arrive, and reported when the user closes it — the ring then rejects
 * what it was showing with 4001. The window closes itself when the queue is empty.
 */
import browser from 'webextension-polyfill';

const SIZE = { width: 380, height: 640 };

export function createApprovalWindow(onClosed: () => void) {
  let windowId: number | undefined;
  let opening: Promise<void> | undefined;

  browser.windows.onRemoved.addListener((id) => {
    if (id !== windowId) return;
    windowId = undefined;
    onClosed();
  });

  async function open(): Promise<void> {
    const created = await browser.windows.create({
      url: browser.runtime.getURL('approval.html'),
      type: 'popup',
      focused: true,
      ...SIZE,
    });
    windowId = created.id;
  }

  return {
    /** Opens the window, or brings the open one to the front. */
    show(): void {
      if (opening) return;
      if (windowId !== undefined) {
        void browser.windows.update(windowId, { focused: true }).catch(() => (windowId = undefined));
        return;
      }
      opening = open()
        .catch(() => undefined)
        .finally(() => (opening = undefined));
    },
  };
}
