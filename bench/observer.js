/**
 * The bench's observer, run before the popup's own module on bench-popup.html only (a copy of
 * popup.html in the bench's snapshot, bench/wallet.mjs): marks 'bench:dom' once every `text` in the
 * query is in the page's text, then 'bench:painted' a frame later (rAF, then the next task ≈ after
 * paint), with `window.__benchVisible` saying whether they are all in innerText (shown, not hidden).
 */
const texts = new URLSearchParams(location.search).getAll('text');
const has = (text) => texts.every((t) => text.includes(t));
const observer = new MutationObserver(() => {
  if (!has(document.body?.textContent ?? '')) return;
  observer.disconnect();
  performance.mark('bench:dom');
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point (visible, not just in the DOM)
      window.__benchVisible = has(document.body.innerText);
      performance.mark('bench:painted');
    };
    channel.port2.postMessage(null);
  });
});
observer.observe(document, { childList: true, subtree: true, characterData: true });
