/**
 * React and the app, loaded by main.tsx as their own chunk. The root Suspense covers the screens
 * loaded on first use (screens/lazy.ts): their chunk comes from the extension's own files, so the
 * wait is a frame or two and shows nothing rather than a flash of text.
 */
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { FirstRead } from './firstRead';

export function mount(first: FirstRead | undefined): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('popup.html: #root is missing');
  createRoot(root).render(<Suspense fallback={null}>{first ? <App first={first} /> : <App />}</Suspense>);
}
