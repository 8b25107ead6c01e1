/**
 * Launches Firefox ESR headless through puppeteer-core (WebDriver BiDi; Playwright cannot drive
 * Firefox ESR here) with the built extension (dist/firefox) temporarily installed, the way
 * TESTING.md found to work. The extension's UUID is pinned with `extensions.webextensions.uuids`,
 * so its pages live at a known `moz-extension://<uuid>/` origin.
 *
 * BiDi shows nothing of the extension's event page, so `backgroundStatus()` asks Firefox's
 * DevTools server (the Remote Debugging Protocol that about:debugging and web-ext use) — the
 * same "Running"/"Stopped" that about:debugging shows. Listing add-ons does not attach a toolbox,
 * so it does not keep the event page alive.
 */
import { readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', 'dist', 'firefox');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The extension's internal UUID (any v4 UUID works; a fixed one makes its URLs predictable). */
export const EXTENSION_UUID = '5f0c6a8e-3b7d-4c1e-9a2f-0d4e6b8c1a37';

export type BackgroundStatus = 'RUNNING' | 'STOPPED' | undefined;

export interface LaunchedFirefox {
  browser: Browser;
  /** The gecko id from the built manifest (also what installExtension returns). */
  extensionId: string;
  /** `moz-extension://<EXTENSION_UUID>` */
  extensionOrigin: string;
  /** The event page's state as about:debugging shows it. */
  backgroundStatus(): Promise<BackgroundStatus>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless?: boolean;
  /** Extra about:config prefs, e.g. `{ 'extensions.background.idle.timeout': 2000 }`. */
  prefs?: Record<string, unknown>;
  /** Upper bound for launching and installing (ms). */
  timeout?: number;
}

/** Rejects after `ms` with a message naming `what`, so no wait in a test can hang. */
/**
 * Prefs every test Firefox needs: the DevTools server behind backgroundStatus()/listAddons (without
 * the "allow connection?" prompt), and a quiet closed network (what --disable-background-networking
 * does for Chromium).
 */
export const DEVTOOLS_AND_QUIET_PREFS: Readonly<Record<string, boolean>> = Object.freeze({
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
  'app.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
});

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string')
    throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** One RDP round trip: wait for the root greeting, send `listAddons`, return the add-on forms. */
export function listAddons(port: number): Promise<{ id: string; backgroundScriptStatus?: string }[]> {
  return new Promise((resolveList, reject) => {
    const socket = createConnection(port, '127.0.0.1').once('error', reject);
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      // RDP frames are `<byte length>:<JSON>`.
      for (let colon = buffer.indexOf(58); colon > 0; colon = buffer.indexOf(58)) {
        const end = colon + 1 + Number(buffer.subarray(0, colon).toString());
        if (buffer.length < end) return;
        const packet = JSON.parse(buffer.subarray(colon + 1, end).toString());
        buffer = buffer.subarray(end);
        if (packet.applicationType) {
          const request = JSON.stringify({ to: 'root', type: 'listAddons' });
          socket.write(`${Buffer.byteLength(request)}:${request}`);
        } else if (packet.from === 'root' && (packet.addons || packet.error)) {
          socket.end();
          if (packet.addons) resolveList(packet.addons);
          else reject(new Error(`listAddons: ${packet.error} ${packet.message ?? ''}`));
        }
      }
    });
  });
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const timeout = options.timeout ?? 30_000;
  const extensionId = geckoId(FIREFOX_EXTENSION_DIR);
  const rdpPort = await freePort();
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.headless ?? true,
      timeout,
      protocolTimeout: timeout,
      args: ['--start-debugger-server', String(rdpPort)],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
        // Firefox MV3 treats host permissions — content-script `matches` included — as optional,
        // revocable by the user. This pref decides whether they are granted at install, and it
        // applies to temporary installs too: set to false, installExtension() succeeds but no
        // content script runs (window.ethereum stays undefined; tried). Firefox ESR 153 defaults
        // it to true; we pin it so a changed default or profile cannot silently break injection.
        'extensions.originControls.grantByDefault': true,
        ...DEVTOOLS_AND_QUIET_PREFS,
        ...options.prefs,
      },
    }),
    timeout,
    'launching Firefox',
  );
  const close = async () => {
    await withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() =>
      browser.process()?.kill('SIGKILL'),
    );
  };
  try {
    const installed = await withTimeout(
      browser.installExtension(FIREFOX_EXTENSION_DIR),
      timeout,
      'installing the extension',
    );
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    browser,
    extensionId,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    backgroundStatus: async () => {
      const addons = await withTimeout(listAddons(rdpPort), 5_000, 'listAddons over RDP');
      return addons.find((addon) => addon.id === extensionId)?.backgroundScriptStatus as BackgroundStatus;
    },
    close,
  };
}
