/**
 * Recovering without Ringfence (issue 8): dist/recover.html opened from file:// in a plain
 * Chromium (no extension), offline, with every non-file request aborted and counted. Envelopes
 * are made here with src/recovery: a 2-of-3 split of the "test … junk" phrase's entropy.
 */
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { encodeEnvelopeText, splitEntropy, type TextOptions } from '../src/recovery/index.js';
import { CHROMIUM_PATH } from './chromium';

const TEST_PHRASE = 'test test test test test test test test test test test junk';
const PAGE_URL = pathToFileURL(`${import.meta.dirname}/../dist/recover.html`).href;
const ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** A fresh 2-of-3 split (random split id) as envelope texts, shares 1..3 at [0..2]. */
async function split(opts: TextOptions = {}): Promise<string[]> {
  const envs = await splitEntropy(mnemonicToEntropy(TEST_PHRASE, wordlist), { threshold: 2, shares: 3 });
  return envs.map((e) => encodeEnvelopeText(e, opts));
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the page tried that was not its own file, and every console message. */
let attempts: string[];
let logs: string[];

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});
test.afterAll(() => browser?.close());

test.beforeEach(async () => {
  attempts = [];
  logs = [];
  context = await browser.newContext();
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    attempts.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => {
    if (!request.url().startsWith('file:')) attempts.push(request.url());
  });
  page = await context.newPage();
  page.on('console', (message) => logs.push(message.text()));
  page.on('pageerror', (error) => logs.push(error.message));
  await page.goto(PAGE_URL);
});

test.afterEach(async () => {
  try {
    expect(attempts, 'network requests attempted').toEqual([]);
    expect(logs, 'console output').toEqual([]);
  } finally {
    await context.close();
  }
});

async function recoverWith(...shares: string[]): Promise<void> {
  for (const [i, share] of shares.entries()) {
    await page.getByLabel(`Guardian share ${i + 1}`, { exact: true }).fill(share);
  }
  await page.getByRole('button', { name: 'Recover' }).click();
}

async function expectRefusal(text: RegExp): Promise<void> {
  await expect(page.getByRole('alert')).toContainText(text);
  await expect(page.getByLabel('Secret recovery phrase')).toBeHidden();
  await expect(page.getByLabel('Secret recovery phrase')).toHaveValue('');
}

test('shares 1 and 3 give back the phrase, offline', async () => {
  const [one, , three] = await split({ group: 5 });
  // Share 3 as a guardian might type it from paper: in groups of five, upper case.
  const paper = three!.toUpperCase();
  await page.getByLabel('Guardian share 1', { exact: true }).fill(one!);
  await page.getByRole('button', { name: 'Add share' }).click();
  await expect(page.getByLabel('Guardian share 3', { exact: true })).toBeFocused();
  await page.getByLabel('Guardian share 3', { exact: true }).fill(paper);
  await page.getByRole('button', { name: 'Recover' }).click(); // the empty share 2 field is skipped

  const phrase = page.getByLabel('Secret recovery phrase');
  await expect(phrase).toHaveValue(TEST_PHRASE);
  await expect(phrase).toHaveAttribute('readonly', '');
  await expect(page.getByRole('status')).toContainText('12-word phrase from 2 shares (2 of 3 needed)');
  await expect(page.getByRole('alert')).toBeHidden();
});

test('one share is not enough', async () => {
  const [one] = await split();
  await recoverWith(one!);
  await expectRefusal(/Not enough shares.*got 1 of the 2 shares needed/);
});

test('a share with one character changed is caught as a typo', async () => {
  const [one, two] = await split();
  const at = 40;
  const typo = ALPHABET[(ALPHABET.indexOf(two![at]!) + 7) % 32];
  await recoverWith(one!, `${two!.slice(0, at)}${typo}${two!.slice(at + 1)}`);
  await expectRefusal(/Guardian share 2 cannot be used\. It has a typo.*checksum/);
});

test('shares of two different splits do not combine', async () => {
  const [a1] = await split();
  const [, b2] = await split();
  await recoverWith(a1!, b2!);
  await expectRefusal(/different splits/);
});
