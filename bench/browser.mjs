/**
 * The browser half of `npm run bench`: Debian's Chromium with dist/chrome loaded (same flags as
 * e2e/chromium.ts and TESTING.md), and the timed scenarios. Every timing is taken inside the page
 * with performance.now(), so Playwright's own round trips are not in the numbers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension as launch } from '../scripts/chromium.mjs';

export { CHROMIUM_PATH, EXTENSION_DIR };

/** The shared launcher (scripts/chromium.mjs), plus the browser version for the results file. */
export async function launchWithExtension({ extensionDir = EXTENSION_DIR } = {}) {
  const launched = await launch({ extensionDir });
  let version = launched.context.browser()?.version();
  if (!version) {
    try {
      version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      version = 'unknown';
    }
  }
  return { ...launched, version };
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`bench: ${what} took more than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
  };
}

const ms = (x) => Math.round(x * 100) / 100;

/** Opens the demo dapp and waits until its own start-up reads are done (so they don't overlap ours). */
export async function openDapp(context, demoUrl) {
  const page = await context.newPage();
  await page.goto(demoUrl, { waitUntil: 'load', timeout: 15_000 });
  await page.waitForFunction(() => typeof window.ethereum?.request === 'function', null, { timeout: 10_000 });
  await page
    .waitForFunction(() => /^(ok|error)/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 10_000,
    })
    .catch(() => {});
  return page;
}

/** page → content → worker → content → page, sequential eth_chainId calls timed in the page. */
export async function measureRoundTrip(page, { warmup = 50, calls = 500 } = {}) {
  const { samples, results } = await withTimeout(
    page.evaluate(
      async ({ warmup, calls }) => {
        const call = () => window.ethereum.request({ method: 'eth_chainId' });
        for (let i = 0; i < warmup; i++) await call();
        const samples = [];
        const results = new Set();
        for (let i = 0; i < calls; i++) {
          const t0 = performance.now();
          results.add(await call());
          samples.push(performance.now() - t0);
        }
        return { samples, results: [...results] };
      },
      { warmup, calls },
    ),
    30_000,
    'eth_chainId round trips',
  );
  const s = stats(samples);
  const note = `${s.n} sequential calls after ${warmup} warm-up; answer ${results.join(',')}; min ${ms(s.min)} max ${ms(s.max)}; page timer step ~0.1 ms`;
  return [
    { name: 'rtt eth_chainId p50', value: ms(s.p50), unit: 'ms', note },
    { name: 'rtt eth_chainId p95', value: ms(s.p95), unit: 'ms', note: '' },
    { name: 'rtt eth_chainId mean', value: ms(s.mean), unit: 'ms', note: '' },
  ];
}

/**
 * Worker cold start → first answer: stop every service worker over CDP, wait until Chrome reports
 * ours stopped (and at least `settleMs`), then time one eth_chainId from the page.
 */
export async function measureColdStart(page, extensionId, { runs = 10, settleMs = 300 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const status = new Map(); // versionId → runningStatus, for our extension's worker only
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
        status.set(v.versionId, v.runningStatus);
    }
  });
  const ours = () => [...status.values()];
  const samples = [];
  let retried = 0;
  let confirmedStopped = 0;
  try {
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < runs; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const started = Date.now();
      while (Date.now() - started < 3_000 && !(ours().length > 0 && ours().every((s) => s === 'stopped')))
        await sleep(10);
      if (ours().length > 0 && ours().every((s) => s === 'stopped')) confirmedStopped++;
      await sleep(Math.max(0, settleMs - (Date.now() - started)));
      const { dt, attempts, result } = await withTimeout(
        page.evaluate(async () => {
          const t0 = performance.now();
          // A 4900 means the relay's old port was still being torn down: retry, keep the clock running.
          for (let attempt = 1; ; attempt++) {
            try {
              const result = await window.ethereum.request({ method: 'eth_chainId' });
              return { dt: performance.now() - t0, attempts: attempt, result };
            } catch (error) {
              if (error?.code !== 4900 || attempt >= 3) throw error;
            }
          }
        }),
        10_000,
        'cold-start eth_chainId',
      );
      if (result !== '0x7a69') throw new Error(`cold start: unexpected eth_chainId answer ${result}`);
      retried += attempts - 1;
      samples.push(dt);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  const s = stats(samples);
  const note = `${s.n} runs; worker seen stopped ${confirmedStopped}/${runs} (CDP), ≥${settleMs} ms idle; 4900 retries ${retried}; min ${ms(s.min)}`;
  return [
    { name: 'worker cold start → 1st answer p50', value: ms(s.p50), unit: 'ms', note },
    { name: 'worker cold start → 1st answer max', value: ms(s.max), unit: 'ms', note: '' },
  ];
}

/** Sanity check that the MetaMask comparison bundle runs: evaluate it and look for its EIP-6963 announcement. */
export async function checkMetaMaskBundle(context, demoUrl, bundlePath) {
  const page = await context.newPage();
  try {
    await page.goto(demoUrl, { waitUntil: 'load', timeout: 15_000 });
    return await withTimeout(
      page.evaluate(
        async (code) => {
          const errors = [];
          const onError = (e) => errors.push(String(e.message ?? e.reason));
          window.addEventListener('error', onError);
          window.addEventListener('unhandledrejection', onError);
          const seen = [];
          window.addEventListener('eip6963:announceProvider', (e) => seen.push(e.detail.info.rdns));
          const script = document.createElement('script');
          script.textContent = code;
          document.head.append(script);
          window.dispatchEvent(new Event('eip6963:requestProvider'));
          await new Promise((r) => setTimeout(r, 100));
          return { announced: seen.includes('io.metamask'), errors };
        },
        readFileSync(bundlePath, 'utf8'),
      ),
      10_000,
      'MetaMask bundle check',
    );
  } finally {
    await page.close().catch(() => {});
  }
}
