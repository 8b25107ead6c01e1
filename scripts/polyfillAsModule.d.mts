import type { Plugin } from 'vite';
export function polyfillModuleSource(source?: string): string;
export function polyfillAsModule(): Plugin;
