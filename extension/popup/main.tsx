/**
 * The popup's entry: lockdown first (SES), then the first question to the ring (firstStatus.ts),
 * then the app. The root Suspense covers the screens loaded on first use (screens/lazy.ts): their
 * chunks are the extension's own files, so the wait is a frame or two and shows nothing rather
 * than a flash of text.
 */
import '../shared/lockdown';
import './firstStatus';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('popup.html: #root is missing');
createRoot(root).render(
  <Suspense fallback={null}>
    <App />
  </Suspense>,
);
