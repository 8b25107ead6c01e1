/**
 * Opens an extension page as the real toolbar popup, headless: the worker sets it as the action's
 * popup and calls `chrome.action.openPopup()`; the popup target is found and read over CDP
 * (`Target.getTargets`, then `attachToTarget` without flattening: a session of our own beside
 * Playwright's), and closed again. Times come from the page's own performance marks.
 *
 *   const popup = await toolbarPopup(context, dapp, extensionId);
 *   const { sinceNavigation } = await popup.open('popup.html', 'ringfence:first-render');
 *   await popup.close();
 */
import { withTimeout } from './browser.mjs';

// A popup opened while the last one is still closing waits for it (about 200 ms more, seen here).
const SETTLE_MS = 150;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The extension's running worker; a dapp call wakes it first (the cold-start bench stops it). */
export async function runningWorker(context, dapp, extensionId) {
  await dapp.evaluate(() => window.ethereum.request({ method: 'eth_chainId' }));
  const ours = (w) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 }))
  );
}

/**
 * Waits until no page of ours is open (but the `ignore`d targets: a tab the bench holds), then a
 * little more: a popup opened while the last one is still closing waits for it.
 */
async function noPopupOpen(cdp, extensionId, ignore) {
  const ours = `chrome-extension://${extensionId}/`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const open = (t) => t.type === 'page' && t.url.startsWith(ours) && !ignore.has(t.targetId);
    if (!targetInfos.some(open)) break;
    if (Date.now() > deadline) throw new Error('bench: a popup of ours stayed open');
    await sleep(5);
  }
  await sleep(SETTLE_MS);
}

async function targetWithUrl(cdp, url, ignore, { present = true, timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    // By path: the query of a page opened with one may come back encoded differently.
    const found = targetInfos.find(
      (t) => t.url.split('?')[0] === url.split('?')[0] && !ignore.has(t.targetId),
    );
    if (Boolean(found) === present) return found;
    if (Date.now() > deadline)
      throw new Error(`bench: popup ${url} ${present ? 'never opened' : 'never closed'}`);
    await sleep(5);
  }
}

/**
 * The mark in the popup target: ms since the page's navigation start, and its epoch time (attached
 * without flattening: a CDP session of our own beside Playwright's).
 */
async function markTime(cdp, targetId, name) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const expression = `new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const mark = performance.getEntriesByName(${JSON.stringify(name)})[0];
      if (mark) resolve({ sinceNavigation: mark.startTime, at: performance.timeOrigin + mark.startTime });
      else if (Date.now() - started > 10000) reject(new Error(${JSON.stringify(`no ${name} mark within 10 s`)}));
      else setTimeout(poll, 2);
    };
    poll();
  })`;
  try {
    // The first evaluation can land in the document before the navigation commits: ask again.
    for (let attempt = 1; ; attempt++) {
      const reply = await evaluateInSession(cdp, sessionId, attempt, expression);
      if (reply.result?.value?.at !== undefined && !reply.exceptionDetails) return reply.result.value;
      if (attempt >= 5) throw new Error(`bench: reading the mark failed: ${JSON.stringify(reply)}`);
      await sleep(5);
    }
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

function evaluateInSession(cdp, sessionId, id, expression) {
  const reply = new Promise((resolveReply) => {
    const onMessage = (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      if (message.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolveReply(message.error ? { exceptionDetails: message.error } : message.result);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  const params = { expression, awaitPromise: true, returnByValue: true };
  void cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
  });
  return withTimeout(reply, 15_000, 'reading the popup mark');
}

/**
 * One open of `page` (a path with its query) as the toolbar popup: ms to the page's mark `name`
 * from its navigation start and from the openPopup() call. `check` (an expression) is evaluated in
 * the popup after the mark; its value is returned as `checked`.
 */
async function openOnce({ worker, cdp, extensionId, ignore }, page, name, check) {
  const url = `chrome-extension://${extensionId}/${page}`;
  await noPopupOpen(cdp, extensionId, ignore);
  const openedAt = await worker.evaluate(async (popup) => {
    await chrome.action.setPopup({ popup });
    const t0 = performance.timeOrigin + performance.now();
    await chrome.action.openPopup();
    return t0;
  }, page);
  const target = await targetWithUrl(cdp, url, ignore);
  try {
    const mark = await markTime(cdp, target.targetId, name);
    const checked = check ? await valueIn(cdp, target.targetId, check) : undefined;
    return { sinceNavigation: mark.sinceNavigation, sinceOpen: mark.at - openedAt, checked };
  } finally {
    await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
    await targetWithUrl(cdp, url, ignore, { present: false });
  }
}

/** The value of `expression` in the popup target. */
async function valueIn(cdp, targetId, expression) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  try {
    const reply = await evaluateInSession(cdp, sessionId, 1, expression);
    if (reply.exceptionDetails)
      throw new Error(`bench: ${expression}: ${JSON.stringify(reply.exceptionDetails)}`);
    return reply.result?.value;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

/**
 * The opener. `dapp` is a page of the demo dapp: the CDP session hangs off it, and its calls wake
 * the worker. `ignore` lists pages the bench keeps open (they are not popups to wait for).
 */
export async function toolbarPopup(context, dapp, extensionId, { ignore = [] } = {}) {
  const worker = await runningWorker(context, dapp, extensionId);
  const cdp = await context.newCDPSession(dapp);
  const ignored = new Set();
  for (const page of ignore) {
    const session = await context.newCDPSession(page);
    ignored.add((await session.send('Target.getTargetInfo')).targetInfo.targetId);
    await session.detach();
  }
  const state = { worker, cdp, extensionId, ignore: ignored };
  return {
    open: (page, name, check) => openOnce(state, page, name, check),
    close: async () => {
      await worker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' })).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}
