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
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { evaluateInBackground, listAddons, openRdpSession } from './firefoxRdp';
import { withTimeout } from './withTimeout';

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
  /**
   * Ends the event page as about:debugging's "Terminate Background Script" does (what Firefox does
   * when it suspends or loses the page): everything in its memory is gone; the next event restarts it.
   */
  terminateBackground(): Promise<void>;
  /** Opens `path` (e.g. "popup.html") in a new tab from the event page (tabs.create) and returns it. */
  openExtensionPage(path: string): Promise<FirefoxPage>;
  /** An open extension page by path (e.g. "approval.html", opened by the extension), skipping `except`. */
  extensionPage(
    path: string,
    options?: { timeout?: number; except?: readonly FirefoxPage[] },
  ): Promise<FirefoxPage>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless?: boolean;
  /** Extra about:config prefs, e.g. `{ 'extensions.background.idle.timeout': 2000 }`. */
  prefs?: Record<string, unknown>;
  /** Upper bound for launching and installing (ms). */
  timeout?: number;
}

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

type FirefoxPage = Awaited<ReturnType<Browser['newPage']>>;

/**
 * The open extension page at `moz-extension://<uuid>/<path>` (query and hash ignored), waiting up
 * to `timeout` ms for it. Firefox's BiDi sends no navigation events for extension pages, so
 * puppeteer's `page.url()` stays "about:blank" there: each page is asked for its location.
 */
export async function findExtensionPage(
  browser: Browser,
  extensionOrigin: string,
  path: string,
  { timeout = 20_000, except = [] as readonly FirefoxPage[] } = {},
): Promise<FirefoxPage> {
  const wanted = `${extensionOrigin}/${path}`;
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      if (page.isClosed() || except.includes(page)) continue;
      const href = await withTimeout(
        page.evaluate(() => `${location.origin}${location.pathname}`),
        2_000,
        'reading a page location',
      ).catch(() => undefined);
      if (href === wanted) return page;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${wanted}`);
    await new Promise((r) => setTimeout(r, 250));
  }
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
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    extensionId,
    extensionOrigin,
    backgroundStatus: async () => {
      const addons = await withTimeout(listAddons(rdpPort), 5_000, 'listAddons over RDP');
      return addons.find((addon) => addon.id === extensionId)?.backgroundScriptStatus as BackgroundStatus;
    },
    terminateBackground: async () => {
      const session = await withTimeout(openRdpSession(rdpPort), 5_000, 'connecting to the DevTools server');
      try {
        const { addons } = (await session.request('root', { type: 'listAddons' })) as {
          addons?: { id: string; actor: string }[];
        };
        const addon = addons?.find((a) => a.id === extensionId);
        if (!addon) throw new Error(`RDP: add-on ${extensionId} is not installed`);
        await withTimeout(
          session.request(addon.actor, { type: 'terminateBackgroundScript' }),
          10_000,
          'terminateBackgroundScript over RDP',
        );
      } finally {
        session.close();
      }
    },
    openExtensionPage: async (path) => {
      const before = await browser.pages();
      // Not awaited in the page: tabs.create's promise was seen to stay pending under the debugger.
      await withTimeout(
        evaluateInBackground(
          rdpPort,
          extensionId,
          `void browser.tabs.create({ url: ${JSON.stringify(path)} }); 'ok'`,
        ),
        15_000,
        `opening ${path} from the event page`,
      );
      return findExtensionPage(browser, extensionOrigin, path, { except: before });
    },
    extensionPage: (path, options) => findExtensionPage(browser, extensionOrigin, path, options),
    close,
  };
}
