/**
 * The ring's central promise, as a property: whatever sequence of procedures runs, no message to a
 * popup or page sink, no stored record and no audit entry contains a secret in any encoding —
 * except the two declassified reveals (the new phrase shown once, the phrase revealed after the
 * password), which go only to the popup and are audited.
 */
import 'fake-indexeddb/auto';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveEvmAccount, entropyToMnemonic, mnemonicToEntropy, mnemonicToSeed } from '../keys';
import { pageSink } from '../ring';
import { dump } from '../vault/testing';
import { signDigest } from './sign';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

const IMPORT_KEY = '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a';
const OPS = [
  'import',
  'create',
  'unlock',
  'unlockWrong',
  'lock',
  'addAccount',
  'importAccount',
  'sign',
  'reveal',
  'revealWrong',
  'changePassword',
  'dapp',
  'audit',
] as const;
type Op = (typeof OPS)[number];

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function secretEncodings(mnemonic: string, passwords: string[]): Promise<string[]> {
  const entropy = mnemonicToEntropy(mnemonic);
  const seed = await mnemonicToSeed(mnemonic);
  const keys = [0, 1, 2, 3, 4].map((i) => deriveEvmAccount(seed, i).privateKey);
  keys.push(Buffer.from(IMPORT_KEY.slice(2), 'hex'));
  return [
    mnemonic,
    mnemonic.split(' ').slice(0, 4).join(' '),
    ...passwords,
    ...[entropy, seed, ...keys].flatMap((bytes) => [bytesToHex(bytes), b64(bytes), b64(bytes).slice(0, 24)]),
    // A run of one character (all-zero entropy's hex is "000…") also stands in every genesis hash:
    // it identifies nothing, so it cannot be a leak.
  ].filter((secret) => new Set(secret.replace(/\s/g, '')).size > 2);
}

/** The first surface whose text contains any of the secrets (case-insensitive), or undefined. */
function findLeak(surfaces: Record<string, string>, secrets: string[]): string | undefined {
  return Object.entries(surfaces).find(([, text]) =>
    secrets.some((secret) => text.toLowerCase().includes(secret.toLowerCase())),
  )?.[0];
}

async function run(ops: Op[], entropy: Uint8Array) {
  const w = await harness();
  const mnemonic = entropy.length === 0 ? TEST_MNEMONIC : entropyToMnemonic(entropy);
  const passwords = [TEST_PASSWORD];
  const pageMessages: unknown[] = [];
  const route = w.route;
  const declassified: unknown[] = [];
  let createdWords: string[] | undefined;
  for (const op of ops) {
    if (op === 'import') await w.call('importWallet', { phrase: mnemonic, password: TEST_PASSWORD });
    if (op === 'create') {
      const begun = await w.call('beginCreate', { words: 12 });
      if (begun.ok) {
        createdWords = (begun.output as { words: string[] }).words;
        declassified.push(begun);
        await w.call('finishCreate', { confirmation: createdWords.join(' '), password: TEST_PASSWORD });
      }
    }
    if (op === 'unlock') await w.call('unlock', { password: passwords.at(-1) ?? TEST_PASSWORD });
    if (op === 'unlockWrong') await w.call('unlock', { password: 'not the password' });
    if (op === 'lock') await w.call('lock', {});
    if (op === 'addAccount') await w.call('addAccount', {});
    if (op === 'importAccount') await w.call('importAccount', { privateKey: IMPORT_KEY });
    if (op === 'revealWrong') await w.call('revealPhrase', { password: 'not the password' });
    if (op === 'reveal') {
      const shown = await w.call('revealPhrase', { password: passwords.at(-1) ?? TEST_PASSWORD });
      if (shown.ok) declassified.push(shown);
    }
    if (op === 'changePassword') {
      const next = `pw-${passwords.length}-${Math.random().toString(36).slice(2)}`;
      const changed = await w.call('changePassword', { current: passwords.at(-1) ?? TEST_PASSWORD, next });
      if (changed.ok) passwords.push(next);
    }
    if (op === 'sign' && w.ctx.session) {
      const sig = signDigest(w.ctx, 'hd-0', keccak_256(new TextEncoder().encode('hello')), 'property test');
      w.ring.emit(
        pageSink('https://dapp.example', (v) => pageMessages.push(v)),
        sig,
      );
    }
    if (op === 'dapp') {
      for (const method of ['eth_accounts', 'eth_chainId', 'eth_sign']) {
        pageMessages.push(await route('https://dapp.example', { method, params: [] }));
      }
      // An origin already connected gets its accounts without a card (EIP-1102), so no answer.
      const connected0 = (pageMessages.at(-3) as { result?: string[] }).result?.length ?? 0;
      // The user answers on the approval window: approves when unlocked, else closes it (4001).
      const connect = route('https://dapp.example', { method: 'eth_requestAccounts', params: [] });
      if (w.ctx.session && connected0 > 0) await connect;
      else if (w.ctx.session) await w.answer('approve');
      else {
        await new Promise((r) => setTimeout(r, 1));
        w.approvals.rejectAll();
      }
      const connected = await connect;
      pageMessages.push(connected);
      const account = (connected as { result?: string[] }).result?.[0];
      if (w.ctx.session && account) {
        const sign = route('https://dapp.example', {
          method: 'personal_sign',
          params: ['0x68656c6c6f', account],
        });
        await w.answer('approve');
        pageMessages.push(await sign);
      }
    }
    if (op === 'audit') await w.call('getAuditLog', { limit: 1000 });
  }
  const secrets = await secretEncodings(mnemonic, passwords);
  if (createdWords) secrets.push(...(await secretEncodings(createdWords.join(' '), [])));
  const popup = w.popupMessages.filter((m) => !declassified.includes(m));
  const replacer = (_: string, v: unknown) =>
    v instanceof Uint8Array ? `${bytesToHex(v)} ${b64(v)}` : typeof v === 'bigint' ? v.toString(16) : v;
  const surfaces = {
    popup: JSON.stringify(popup, replacer),
    page: JSON.stringify(pageMessages, replacer),
    storage: await dump(w.factory),
    audit: JSON.stringify(w.ring.audit.entries()),
  };
  const leak = findLeak(surfaces, secrets);
  if (leak) throw new Error(`${leak} contains a secret`);
  // Each reveal that reached the popup was audited.
  const reveals = w.ring.audit
    .entries()
    .filter((e) => e.kind === 'revealToUser' || e.kind === 'showNewMnemonic');
  expect(reveals.length).toBe(declassified.length);
}

describe('no secret leaves the ring (property, fake-indexeddb in Node)', () => {
  it('holds for random sequences of ring procedures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...OPS), { minLength: 2, maxLength: 9 }),
        fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ minLength: 16, maxLength: 16 })),
        fc.boolean(),
        async (ops, entropy, startImported) => run(startImported ? ['import', ...ops] : ops, entropy),
      ),
      { numRuns: 14 },
    );
  }, 240_000);

  it('detects a leak when one is planted (the check itself can fail)', async () => {
    const secrets = await secretEncodings(TEST_MNEMONIC, [TEST_PASSWORD]);
    const key0 = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'; // anvil account 0
    expect(secrets).toContain(key0);
    const clean = { popup: JSON.stringify([{ ok: true, output: { state: 'unlocked' } }]), page: '[]' };
    expect(findLeak(clean, secrets)).toBeUndefined();
    expect(
      findLeak({ ...clean, page: JSON.stringify([{ result: `0x${key0.toUpperCase()}` }]) }, secrets),
    ).toBe('page');
    expect(findLeak({ ...clean, popup: JSON.stringify({ pw: TEST_PASSWORD }) }, secrets)).toBe('popup');
    const b64key = Buffer.from(key0, 'hex').toString('base64');
    expect(findLeak({ storage: `{"x":"${b64key}"}` }, secrets)).toBe('storage');
  });
});
