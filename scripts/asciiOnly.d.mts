import type { Plugin } from 'vite';
/** Parses a script to an ESTree program whose nodes carry UTF-16 `start`/`end` offsets. */
export type Parse = (code: string) => unknown;
export function escapeNonAscii(code: string, parse: Parse, file?: string): string;
export function asciiOnly(): Plugin;
