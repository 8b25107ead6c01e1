/**
 * MetaMask's conformance page, npm @metamask/test-dapp (its static dist/, unchanged), served from
 * 127.0.0.1 with every other host aborted (it links remote fonts and stylesheets and opens a
 * WalletConnect relay socket), and the steps its journeys share: open it, connect, answer the
 * approval window, read what the page logged, ask anvil for receipts.
 */
import { resolve } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { serveStatic } from '../scripts/serve.mjs';
import { newWindowPage } from './chromium';
import { approvalWindow, approve } from './dapp';
import { ANVIL_ACCOUNT_0, expect } from './fixtures';
import { importTestWallet } from './wallet';

export const TEST_DAPP_DIR = resolve(
  import.meta.dirname,
  '..',
  'node_modules',
  '@metamask',
  'test-dapp',
  'dist',
);

export function serveTestDapp(): Promise<{ url: string; close(): Promise<void> }> {
  return serveStatic(TEST_DAPP_DIR);
}

const isLocal = (url: URL) => url.hostname === '127.0.0.1';
const isWeb = (url: URL) => /^(https?|wss?):$/.test(url.protocol);

/** Aborts every http(s) request and closes every socket of the context's pages that leaves 127.0.0.1. */
export async function keepLocal(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => isWeb(url) && !isLocal(url),
    (route) => route.abort('blockedbyclient'),
  );
  await context.routeWebSocket(
    (url) => !isLocal(url),
    (socket) => socket.close(),
  );
}

/** Opens the test dapp and waits until it chose Ringfence (EIP-6963) and read the chain id. */
export async function openTestDapp(context: BrowserContext, url: string): Promise<Page> {
  await keepLocal(context);
  const page = await newWindowPage(context);
  // main.js is 17 MB: on a busy machine its load event takes a while.
  await page.goto(url, { timeout: 90_000 });
  await expect(page.locator('#activeProviderName')).toHaveText('Ringfence', { timeout: 60_000 });
  await expect(page.locator('#chainId')).toHaveText('0x7a69');
  await expect(page.locator('#connectButton')).toBeEnabled();
  return page;
}

/** The dapp's own origin (what our cards name as the asker). */
export const originOf = (page: Page) => new URL(page.url()).origin;

/** Clicks Approve and waits for the window to go (the queue is empty: CONTRACT.md). */
export async function approveAndClose(window: Page): Promise<void> {
  await approve(window);
  await expect.poll(() => window.isClosed(), { timeout: 60_000 }).toBe(true);
}

/** Imports the test wallet, opens the test dapp and connects it with its own Connect button. */
export async function connectTestDapp(
  context: BrowserContext,
  extensionId: string,
  popup: Page,
  url: string,
): Promise<Page> {
  await importTestWallet(popup);
  const page = await openTestDapp(context, url);
  await page.locator('#connectButton').click();
  const window = await approvalWindow(context, extensionId, originOf(page));
  await expect(window.getByRole('checkbox', { name: new RegExp(ANVIL_ACCOUNT_0, 'i') })).toBeChecked();
  await approveAndClose(window);
  await expect(page.locator('#accounts')).toHaveText(ANVIL_ACCOUNT_0, { timeout: 20_000 });
  await expect(page.locator('#connectButton')).toHaveText('Connected');
  return page;
}

/**
 * Clicks `selector`, answers the approval window it opens with `answer` (after `check` looked at
 * it), and returns what `logged` picked from the page's console (the test dapp logs many results
 * instead of showing them).
 */
export async function clickAndAnswer<T = void>(
  page: Page,
  extensionId: string,
  selector: string,
  {
    check,
    answer = approveAndClose,
    logged,
  }: {
    check?: (window: Page) => Promise<void>;
    answer?: (window: Page) => Promise<void>;
    logged?: { match: (message: ConsoleMessage) => boolean; read: (message: ConsoleMessage) => Promise<T> };
  } = {},
): Promise<T> {
  const message = logged
    ? page.waitForEvent('console', { predicate: logged.match, timeout: 120_000 })
    : undefined;
  message?.catch(() => {}); // awaited below; a failure before then is reported by the step that failed
  await expect(page.locator(selector)).toBeEnabled({ timeout: 20_000 });
  await page.locator(selector).click();
  const window = await approvalWindow(page.context(), extensionId, originOf(page));
  await check?.(window);
  await answer(window);
  return (logged && message ? logged.read(await message) : undefined) as T;
}

/** A console.log('result', value) line of the dapp; `read` gets what `pick` takes from the value. */
export function resultLog<T>(pick: (value: unknown) => T) {
  return {
    match: (m: ConsoleMessage) =>
      m.type() === 'log' && m.args().length === 2 && m.text().startsWith('result '),
    read: (m: ConsoleMessage) => m.args()[1]!.evaluate(pick),
  };
}

/** A bare transaction hash the dapp logged (its send buttons console.log the eth_sendTransaction result). */
export const hashLog = {
  match: (m: ConsoleMessage) => /^0x[0-9a-f]{64}$/.test(m.text()),
  read: async (m: ConsoleMessage) => m.text() as `0x${string}`,
};

const anvilUrl = () => process.env.RINGFENCE_ANVIL_URL ?? 'http://127.0.0.1:8545';

export async function anvilCall<T>(method: string, params: unknown[]): Promise<T> {
  const res = await fetch(anvilUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

export interface Receipt {
  status: string;
  type: string;
  from: string;
  to: string | null;
  contractAddress: string | null;
}

/** The mined receipt of `hash` (anvil mines at once; polls a little for the broadcast to land). */
export async function receiptOf(hash: string): Promise<Receipt> {
  let receipt: Receipt | null = null;
  await expect
    .poll(async () => (receipt = await anvilCall<Receipt | null>('eth_getTransactionReceipt', [hash])), {
      timeout: 30_000,
    })
    .not.toBeNull();
  return receipt!;
}

/** ERC-20 balanceOf(owner) at `token`, read from anvil. */
export async function tokenBalance(token: string, owner: string): Promise<bigint> {
  const data = `0x70a08231${owner.slice(2).toLowerCase().padStart(64, '0')}`;
  return BigInt(await anvilCall<string>('eth_call', [{ to: token, data }, 'latest']));
}
