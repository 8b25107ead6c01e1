/**
 * The React reference for `npm run bench`: react + react-dom, one element, the same mark the popup
 * sets once its first screen is rendered. What any React popup costs on this machine before its own code.
 */
import { createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  useEffect(() => performance.mark('ringfence:first-render'), []);
  return createElement('p', null, 'React floor');
}

createRoot(document.getElementById('root')).render(createElement(Floor));
