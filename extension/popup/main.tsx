/**
 * The popup's entry, run after lockdown.js (SES, a classic script in popup.html; lockedDown.ts
 * checks it): the first questions to the ring go out (earlyAsk.ts), their answers are awaited
 * (firstStatus.ts),
 * then the app, rendered once the answer is here (or after FIRST_ANSWER_WAIT_MS) so that the first
 * render already shows the ring's screen. The root Suspense covers the screens loaded on first use (screens/lazy.ts): their
 * chunks are the extension's own files, so the wait is a frame or two and shows nothing rather
 * than a flash of text.
 */
import './lockedDown';
import './earlyAsk';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstAnswerWithin } from './firstStatus';

const root = document.getElementById('root');
if (!root) throw new Error('popup.html: #root is missing');
/** How long the first render waits for the ring's first answer; a cold worker can take longer. */
const FIRST_ANSWER_WAIT_MS = 50;

void firstAnswerWithin(FIRST_ANSWER_WAIT_MS).then(() =>
  createRoot(root).render(
    <Suspense fallback={null}>
      <App />
    </Suspense>,
  ),
);
