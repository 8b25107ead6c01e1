import type { BrowserContext, Worker } from '@playwright/test';

export const EXTENSION_DIR: string;
export const CHROMIUM_PATH: string;
export function chromiumArgs(extensionDir?: string): string[];
export interface LaunchedChromium {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}
export function launchWithExtension(options?: {
  headless?: boolean;
  profileDir?: string;
  extensionDir?: string;
  /** Appended to chromiumArgs(), e.g. ['--host-resolver-rules=MAP far.example 127.0.0.1']. */
  extraArgs?: string[];
  /** Added to the browser's environment (LANGUAGE=de for the UI language). */
  env?: Record<string, string>;
}): Promise<LaunchedChromium>;
