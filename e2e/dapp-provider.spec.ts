/**
 * The walking skeleton's journey: a dapp on 127.0.0.1 talks to the real extension in Chromium,
 * which forwards to a real anvil. Everything here is real: browser, extension, chain, viem, mipd.
 */

import type { Page } from '@playwright/test';
import { newWindowPage, stopServiceWorkers } from './chromium';
import { connectDapp } from './dapp';
import { ANVIL_ACCOUNT_0, expect, test } from './fixtures';

test('the provider is there before the first script and mipd finds Ringfence through EIP-6963', async ({
  dapp,
}) => {
  expect(await dapp.evaluate(() => window.__ethereumAtFirstScript)).toBe('object');
  expect(await dapp.evaluate(() => (window.ethereum as { isRingfence?: boolean }).isRingfence)).toBe(true);
  await expect
    .poll(() => dapp.evaluate(() => window.demo?.wallets() ?? []))
    .toContainEqual(
      expect.objectContaining({
        name: 'Ringfence',
        rdns: 'app.ringfence',
        icon: expect.stringMatching(/^data:image\/svg\+xml,/),
      }),
    );
});

test('viem reads chain id 31337 and an anvil balance through the extension', async ({ dapp }) => {
  expect(await dapp.evaluate(() => window.demo?.chainId())).toBe(31337);
  expect(await dapp.evaluate((a) => window.demo?.balance(a as `0x${string}`), ANVIL_ACCOUNT_0)).toBe(
    '10000000000000000000000',
  );
  await expect(dapp.locator('#chain-id')).toHaveText('31337');
  await expect(dapp.locator('#balance')).toHaveText('10000 ETH');
});

test('eth_accounts is empty until a site is connected; unknown methods reject with 4200', async ({
  dapp,
}) => {
  expect(await dapp.evaluate(() => window.demo?.request({ method: 'eth_accounts' }))).toEqual([]);
  const result = await dapp.evaluate(() =>
    window.ethereum!.request({ method: 'eth_doesNotExist' as 'eth_chainId' }).then(
      () => ({ ok: true }),
      (e: { code: number }) => ({ ok: false, code: e.code }),
    ),
  );
  expect(result).toEqual({ ok: false, code: 4200 });
});

test('each of ten malformed requests rejects with a numeric code within a second', async ({ dapp }) => {
  const results = await dapp.evaluate(async () => {
    const request = window.ethereum!.request as (args: unknown) => Promise<unknown>;
    const cases: [string, () => unknown][] = [
      ['no argument', () => request(undefined)],
      ['null', () => request(null)],
      ['a string', () => request('eth_chainId')],
      ['an array', () => request([{ method: 'eth_chainId' }])],
      ['no method', () => request({})],
      ['numeric method', () => request({ method: 7 })],
      ['string params', () => request({ method: 'eth_getBalance', params: 'x' })],
      ['bad address', () => request({ method: 'eth_getBalance', params: ['0x1234', 'latest'] })],
      ['bad call object', () => request({ method: 'eth_call', params: [{ to: 42 }, 'latest'] })],
      ['uncloneable params', () => request({ method: 'eth_call', params: [{ data: () => 1 }] })],
      [
        'raw relay envelope with no payload',
        () => {
          // A page can skip the provider and post to the content script directly.
          return new Promise((resolve, reject) => {
            const id = 'raw-1';
            window.addEventListener('message', function listen(event) {
              const data = event.data as { to?: string; id?: string; error?: { code: number } };
              if (data?.to !== 'page' || data.id !== id) return;
              window.removeEventListener('message', listen);
              data.error ? reject(data.error) : resolve(data);
            });
            window.postMessage(
              { tag: 'ringfence:relay:v1', to: 'content', id, payload: 'junk' },
              location.origin,
            );
          });
        },
      ],
    ];
    const out: { name: string; code: unknown; ms: number }[] = [];
    for (const [name, run] of cases) {
      const started = performance.now();
      const timeout = new Promise((resolve) => setTimeout(() => resolve({ code: 'timeout' }), 1000));
      const settled = Promise.resolve()
        .then(run)
        .then(
          () => ({ code: 'resolved' }),
          (e: { code?: unknown }) => ({ code: e?.code }),
        );
      const { code } = (await Promise.race([settled, timeout])) as { code: unknown };
      out.push({ name, code, ms: performance.now() - started });
    }
    return out;
  });
  expect(results).toHaveLength(11);
  for (const { name, code, ms } of results) {
    expect(typeof code, `${name} → ${String(code)}`).toBe('number');
    expect([-32600, -32602], name).toContain(code);
    expect(ms, name).toBeLessThan(1000);
  }
});

test('after the worker is stopped over CDP, the next request is answered', async ({ dapp }) => {
  expect(await dapp.evaluate(() => window.demo?.chainId())).toBe(31337);
  await stopServiceWorkers(dapp);
  const answer = await dapp.evaluate(() =>
    Promise.race([
      window.demo!.chainId(),
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000)),
    ]),
  );
  expect(answer).toBe(31337);
});

test('a request in flight when the worker stops is answered or rejected with 4900, never left hanging', async ({
  dapp,
}) => {
  const outcome = dapp.evaluate(() => {
    const pending = Array.from({ length: 20 }, () =>
      window.ethereum!.request({ method: 'eth_blockNumber' }).then(
        () => 'answered',
        (e: { code: number }) => e.code,
      ),
    );
    return Promise.race([
      Promise.all(pending),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 10_000)),
    ]);
  });
  await stopServiceWorkers(dapp);
  const results = (await outcome) as unknown[];
  expect(Array.isArray(results)).toBe(true);
  for (const r of results) expect(['answered', 4900]).toContain(r);
  expect(await dapp.evaluate(() => window.demo?.chainId())).toBe(31337);
});

test('choosing another network in the popup sends chainChanged to connected pages only', async ({
  context,
  extensionId,
  dapp,
  popup,
}) => {
  const record = (page: Page) =>
    page.evaluate(() => {
      (window as unknown as { changes: unknown[] }).changes = [];
      window.ethereum!.on('chainChanged', (id: unknown) =>
        (window as unknown as { changes: unknown[] }).changes.push(id),
      );
    });
  const changes = (page: Page) => page.evaluate(() => (window as unknown as { changes: unknown[] }).changes);
  await connectDapp(context, extensionId, popup, dapp);
  // A second page of another, unconnected origin (localhost vs 127.0.0.1: two origins, one server).
  const stranger = await newWindowPage(context);
  await stranger.goto(dapp.url().replace('127.0.0.1', 'localhost'));
  await record(dapp);
  await record(stranger);
  await popup.getByRole('button', { name: 'Lock', exact: true }).waitFor();
  const picker = popup.getByLabel('Network');
  await expect(picker).toHaveValue('local');
  await picker.selectOption('sepolia');
  await expect.poll(() => changes(dapp)).toEqual(['0xaa36a7']);
  expect(await dapp.evaluate(() => window.ethereum!.request({ method: 'eth_chainId' }))).toBe('0xaa36a7');
  // The unconnected page reads the chain when it asks, but hears no event.
  expect(await stranger.evaluate(() => window.ethereum!.request({ method: 'eth_chainId' }))).toBe('0xaa36a7');
  expect(await changes(stranger)).toEqual([]);
  await picker.selectOption('local');
  expect(await dapp.evaluate(() => window.demo?.chainId())).toBe(31337);
});

test('the popup starts on the empty state with the three ways in', async ({ popup }) => {
  for (const name of ['Create a new wallet', 'Import a wallet', 'Recover with guardians']) {
    await expect(popup.getByRole('button', { name })).toBeVisible();
  }
});
