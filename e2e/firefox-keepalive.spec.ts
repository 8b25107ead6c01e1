/**
 * What keeps Firefox's MV3 event page alive (docs/firefox.md), re-checked on every run with tiny
 * throwaway probe extensions generated into a temp dir. All probes run side by side in ONE
 * Firefox ESR (each event page has its own idle timer), with `extensions.background.idle.timeout`
 * at 3 s instead of 30 s — the scaled-down twin of the wallet's 20 s-in-30 s keep-alive loop.
 *
 * Probes report through a loopback HTTP "beacon" (fetch is a web API: it does not touch the idle
 * timer — the `nothing` control fetches too), and their Running/Stopped state comes from Firefox's
 * DevTools server, as in e2e/firefox.ts. firefox.ts's launcher is pinned to dist/firefox and does
 * not expose its RDP port, so the launch and the one `listAddons` round trip are mirrored here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { type BackgroundStatus, DEVTOOLS_AND_QUIET_PREFS, FIREFOX_PATH, freePort } from './firefox';
import { listAddons } from './firefoxRdp';
import { withTimeout } from './withTimeout';

const IDLE_TIMEOUT_MS = 3_000;
/** How long a kept-alive probe must stay RUNNING: four idle timeouts. */
const ALIVE_FOR_MS = 12_000;
/** A probe that is not kept alive must be STOPPED by then (idle timeout + generous slack). */
const STOPPED_BY_MS = IDLE_TIMEOUT_MS + 5_000;
const POLL_MS = 250;

interface Probe {
  /** Background script body; `beacon(what)` is in scope. */
  background: string;
  /** Optional extension page `page.html` (its script body; `beacon` in scope too). */
  page?: string;
}

const PROBES = {
  // (a) The wallet's mechanism (extension/background/lifecycle.ts), 20 s → 1 s.
  'api-loop': { background: 'setInterval(() => void browser.runtime.getPlatformInfo(), 1000);' },
  // The same call, but less often than the idle timeout: the loop must stay under it.
  'api-loop-too-slow': { background: 'setInterval(() => void browser.runtime.getPlatformInfo(), 4000);' },
  // (b) An extension page holding an open runtime.connect() port, no loop. page.goto() to
  // moz-extension:// is refused, so the background opens the page itself.
  'open-port': {
    background: `
      browser.runtime.onConnect.addListener((port) => { globalThis.held = port; beacon('bg-connected'); });
      browser.tabs.create({ url: 'page.html' });`,
    page: `
      globalThis.held = browser.runtime.connect({ name: 'keepalive' });
      globalThis.held.onDisconnect.addListener(() => beacon('page-port-disconnected'));`,
  },
  // (c) A cheap call that looked equivalent: storage.local is served inside the extension
  // process (IndexedDB backend), never reaches the parent process, so it does not count.
  'storage-local-loop': { background: "setInterval(() => void browser.storage.local.get('x'), 1000);" },
  // (d) Control.
  nothing: { background: '' },
} satisfies Record<string, Probe>;
type ProbeName = keyof typeof PROBES;

const probeId = (name: string) => `${name}@keepalive-probe.ringfence.test`;

function writeProbe(root: string, name: string, probe: Probe, beaconUrl: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const prelude = `const beacon = (what) => fetch('${beaconUrl}/${name}/' + what).catch(() => {});\n`;
  const manifest = {
    manifest_version: 3,
    name: `keep-alive probe: ${name}`,
    version: '1.0',
    background: { scripts: ['background.js'], type: 'module' },
    permissions: ['storage'],
    browser_specific_settings: { gecko: { id: probeId(name), strict_min_version: '140.0' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), `${prelude}beacon('bg-start');\n${probe.background}\n`);
  if (probe.page !== undefined) {
    writeFileSync(
      join(dir, 'page.html'),
      '<!doctype html><meta charset="utf-8"><script src="page.js"></script>',
    );
    writeFileSync(join(dir, 'page.js'), `${prelude}${probe.page}\n`);
  }
  return dir;
}

/** The status of every add-on, by id, in one RDP `listAddons` round trip. */
async function addonStatuses(port: number): Promise<Map<string, BackgroundStatus>> {
  const addons = await withTimeout(listAddons(port), 5_000, 'listAddons over RDP');
  return new Map(addons.map((addon) => [addon.id, addon.backgroundScriptStatus as BackgroundStatus]));
}

interface Sample {
  /** ms since this probe was installed */
  at: number;
  status: BackgroundStatus;
}
interface Beacon {
  at: number;
  what: string;
}
interface Observed {
  timeline: Map<ProbeName, Sample[]>;
  beacons: Map<ProbeName, Beacon[]>;
}

/**
 * Installs every probe into one fresh headless Firefox ESR and samples all their statuses every
 * POLL_MS until the first-installed has been watched for ALIVE_FOR_MS and the last for STOPPED_BY_MS.
 */
async function watchProbes(): Promise<Observed> {
  const installedAt = new Map<ProbeName, number>();
  const timeline = new Map<ProbeName, Sample[]>();
  const beacons = new Map<ProbeName, Beacon[]>();
  const beaconServer = createHttpServer((request, response) => {
    const [, name, what] = (request.url ?? '').split('/') as [string, ProbeName, string];
    const since = installedAt.get(name);
    beacons.get(name)?.push({ at: since === undefined ? 0 : Date.now() - since, what });
    response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
  });
  const root = mkdtempSync(join(tmpdir(), 'ringfence-keepalive-'));
  let browser: Browser | undefined;
  try {
    await withTimeout(
      new Promise<void>((ready) => beaconServer.listen(0, '127.0.0.1', ready)),
      5_000,
      'starting the beacon server',
    );
    const beaconUrl = `http://127.0.0.1:${(beaconServer.address() as { port: number }).port}`;
    const dirs = Object.entries(PROBES).map(
      ([name, probe]) => [name as ProbeName, writeProbe(root, name, probe, beaconUrl)] as const,
    );
    const rdpPort = await freePort();
    browser = await withTimeout(
      puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        timeout: 30_000,
        protocolTimeout: 30_000,
        args: ['--start-debugger-server', String(rdpPort)],
        extraPrefsFirefox: {
          'extensions.background.idle.timeout': IDLE_TIMEOUT_MS,
          ...DEVTOOLS_AND_QUIET_PREFS,
        },
      }),
      30_000,
      'launching Firefox',
    );
    for (const [name, dir] of dirs) {
      timeline.set(name, []);
      beacons.set(name, []);
      const id = await withTimeout(browser.installExtension(dir), 15_000, `installing probe ${name}`);
      if (id !== probeId(name)) throw new Error(`installed ${id}, expected ${probeId(name)}`);
      installedAt.set(name, Date.now());
    }
    const times = [...installedAt.values()];
    const deadline =
      Math.max(Math.min(...times) + ALIVE_FOR_MS, Math.max(...times) + STOPPED_BY_MS) + POLL_MS;
    while (Date.now() < deadline) {
      const statuses = await addonStatuses(rdpPort);
      const now = Date.now();
      for (const [name, since] of installedAt) {
        timeline.get(name)!.push({ at: now - since, status: statuses.get(probeId(name)) });
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return { timeline, beacons };
  } finally {
    const running = browser;
    if (running) {
      await withTimeout(running.close(), 15_000, 'closing Firefox').catch(() =>
        running.process()?.kill('SIGKILL'),
      );
    }
    beaconServer.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const show = (samples: Sample[]) => samples.map((s) => `${(s.at / 1000).toFixed(1)}s ${s.status}`).join(', ');

/** RUNNING at every sample for ALIVE_FOR_MS, and its background script started only once. */
function expectKeptAlive({ timeline, beacons }: Observed, name: ProbeName): void {
  const samples = timeline.get(name)!.filter((s) => s.at <= ALIVE_FOR_MS + POLL_MS);
  expect
    .soft(samples.at(-1)?.at ?? 0, `${name}: watched long enough`)
    .toBeGreaterThanOrEqual(ALIVE_FOR_MS - POLL_MS);
  expect.soft(show(samples), `${name}: stays RUNNING`).not.toMatch(/STOPPED|undefined/);
  expect
    .soft(
      beacons.get(name)!.filter((b) => b.what === 'bg-start'),
      `${name}: started once`,
    )
    .toHaveLength(1);
}

/** RUNNING, then STOPPED within STOPPED_BY_MS, and stays STOPPED (nothing wakes it). */
function expectStopped({ timeline }: Observed, name: ProbeName): number | undefined {
  const samples = timeline.get(name)!;
  const stop = samples.findIndex((s) => s.status === 'STOPPED');
  const ok =
    stop > 0 &&
    samples[stop]!.at <= STOPPED_BY_MS &&
    samples.slice(0, stop).every((s) => s.status === 'RUNNING') &&
    samples.slice(stop).every((s) => s.status === 'STOPPED');
  expect
    .soft(ok, `${name}: RUNNING, then STOPPED within ${STOPPED_BY_MS} ms for good: ${show(samples)}`)
    .toBe(true);
  return ok ? samples[stop]!.at : undefined;
}

test('Firefox event page keep-alive: what keeps it RUNNING past the idle timeout, and what does not', async () => {
  const observed = await watchProbes();

  await test.step('(a) runtime.getPlatformInfo() more often than the idle timeout keeps it RUNNING', () => {
    expectKeptAlive(observed, 'api-loop');
  });

  await test.step('the same call less often than the idle timeout does not', () => {
    expectStopped(observed, 'api-loop-too-slow');
  });

  await test.step('(b) an extension page holding an open runtime port does not; Firefox drops the port', () => {
    const stoppedAt = expectStopped(observed, 'open-port');
    const seen = observed.beacons.get('open-port')!;
    const connected = seen.find((b) => b.what === 'bg-connected');
    const dropped = seen.find((b) => b.what === 'page-port-disconnected');
    const log = JSON.stringify(seen);
    expect.soft(connected, `open-port: the port was connected: ${log}`).toBeDefined();
    // The page sees the stop as onDisconnect (the popup's DISCONNECTED); the status poll is coarser.
    expect.soft(dropped, `open-port: the page's port was dropped: ${log}`).toBeDefined();
    if (connected && dropped && stoppedAt !== undefined) {
      expect.soft(connected.at, `open-port: connected before the stop: ${log}`).toBeLessThan(stoppedAt);
      expect
        .soft(dropped.at, `open-port: dropped by the stop: ${log}`)
        .toBeGreaterThan(Math.max(connected.at, stoppedAt - 1_000));
      expect
        .soft(dropped.at, `open-port: dropped by the stop: ${log}`)
        .toBeLessThanOrEqual(stoppedAt + 1_000);
    }
  });

  await test.step('(c) a storage.local.get() loop does not (it never reaches the parent process)', () => {
    expectStopped(observed, 'storage-local-loop');
  });

  await test.step('(d) control: with nothing, it stops after the idle timeout', () => {
    expectStopped(observed, 'nothing');
  });
});
