import { describe, expect, it } from 'vitest';
import { createAddressBook } from './addressBook';
import { defaultRuleSet, protectivePhishing } from './defaults';
import { evaluate } from './evaluate';
import { BUNDLED_PHISHING, isBlacklisted, parsePhishingConfig } from './phishing';
import type { PolicyContext } from './request';
import { parseRuleSet, rule } from './schema';
import { ALICE, BOB, ETH, HOUR, NOW, sendRequest } from './testkit';

const rules = defaultRuleSet();
const phishing = protectivePhishing({ blacklist: ['evil.example'] });
const ctx: PolicyContext = { now: NOW, phishing, connectedOrigins: ['https://app.example'] };
const verdictOf = (request: Parameters<typeof evaluate>[1], context: PolicyContext = ctx) =>
  evaluate(rules, request, context);

// An address with BOB's first and last 4 hex digits (0x7099…79C8) but a different middle.
const BOB_TWIN = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'.replace('c51812dc', '00000000');

describe('default rules', () => {
  it('are valid, frozen data with a daily limit per native asset', () => {
    expect(rules.rules.map((r) => r.id)).toEqual([
      'phishing-origin',
      'lookalike-origin',
      'eth-sign',
      'address-poisoning',
      'unlimited-approval',
      'approval-to-eoa',
      'daily-limit-ETH',
      'daily-limit-BTC',
      'daily-limit-LTC',
    ]);
    expect(Object.isFrozen(rules.rules)).toBe(true);
  });

  it('an ordinary send from a connected site is left to the approval window (confirm)', () => {
    expect(verdictOf(sendRequest()).verdict).toBe('confirm');
  });

  it('refuses a site on the bundled or the user phishing list, even for a request a rule would allow', () => {
    expect(isBlacklisted('https://myetherwalet.com', BUNDLED_PHISHING)).toBe('myetherwalet.com');
    const withAllow = parseRuleSet({
      ...rules,
      rules: [
        ...rules.rules,
        rule('login', { origin: 'https://login.evil.example', kind: 'connect' }, 'allow'),
      ],
    });
    const e = evaluate(withAllow, { origin: 'https://login.evil.example', kind: 'connect' }, ctx);
    expect(e.verdict).toBe('deny');
    expect(e.reasons[0]).toContain('evil.example is on the phishing list');
    expect(verdictOf({ origin: 'https://myetherwalet.com', kind: 'connect' }).verdict).toBe('deny');
  });

  it('asks for the password on a look-alike of a connected or well-known site', () => {
    const e = verdictOf({ origin: 'https://app.exarnple', kind: 'connect' });
    expect(e.verdict).toBe('confirm-with-password');
    expect(e.reasons[0]).toContain('looks like app.example');
    expect(verdictOf({ origin: 'https://uniswaap.org', kind: 'connect' }).verdict).toBe(
      'confirm-with-password',
    );
    expect(verdictOf({ origin: 'https://xn--pple-43d.com', kind: 'connect' }).verdict).toBe(
      'confirm-with-password',
    );
  });

  it('denies eth_sign', () => {
    expect(verdictOf({ origin: 'https://app.example', kind: 'eth_sign' }).verdict).toBe('deny');
  });

  it('unlimited approvals and approvals to an EOA need the password (permits too)', () => {
    const approve = { origin: 'https://app.example', kind: 'approve' as const, spender: BOB };
    expect(verdictOf({ ...approve, risks: ['unlimited-approval'] }).verdict).toBe('confirm-with-password');
    expect(verdictOf({ ...approve, risks: ['approval-to-eoa'] }).verdict).toBe('confirm-with-password');
    expect(verdictOf({ ...approve, kind: 'permit', risks: ['unlimited-approval'] }).verdict).toBe(
      'confirm-with-password',
    );
    expect(verdictOf(approve).verdict).toBe('confirm');
  });

  it('sends above the daily limit need the password: 0.6 ETH passes, a second 0.6 ETH within 24 h does not', () => {
    const six = (6n * ETH) / 10n;
    expect(verdictOf(sendRequest({ amount: six })).verdict).toBe('confirm');
    const history = [{ at: NOW - HOUR, account: ALICE, asset: 'eip155:1/ETH', amount: six }];
    const second = verdictOf(sendRequest({ amount: six }), { ...ctx, history });
    expect(second.verdict).toBe('confirm-with-password');
    expect(second.matched[0]!.ruleId).toBe('daily-limit-ETH');
  });

  it("ETH's daily limit is for mainnet and the large rollups, not a local dev chain or a testnet", () => {
    const six = (6n * ETH) / 10n;
    for (const chainId of [31337, 11155111]) {
      const history = [{ at: NOW - HOUR, account: ALICE, asset: `eip155:${chainId}/ETH`, amount: six }];
      expect(verdictOf(sendRequest({ chainId, amount: six }), { ...ctx, history }).verdict).toBe('confirm');
    }
    const history = [{ at: NOW - HOUR, account: ALICE, asset: 'eip155:8453/ETH', amount: six }];
    expect(verdictOf(sendRequest({ chainId: 8453, amount: six }), { ...ctx, history }).verdict).toBe(
      'confirm-with-password',
    );
  });

  it('denies a poisoning look-alike of a past recipient until the user saves it in the address book', () => {
    expect(BOB_TWIN.toLowerCase()).not.toBe(BOB.toLowerCase());
    const past: PolicyContext = { ...ctx, pastRecipients: [BOB] };
    const e = verdictOf(sendRequest({ recipient: BOB_TWIN }), past);
    expect(e.verdict).toBe('deny');
    expect(e.reasons[0]).toContain('shares its first and last 4 digits');
    // Over the daily limit too: the final deny still wins over the more specific password rule.
    expect(verdictOf(sendRequest({ recipient: BOB_TWIN, amount: 2n * ETH }), past).verdict).toBe('deny');
    // The real one, and the twin once vouched for in the address book (even if the card flagged it).
    expect(verdictOf(sendRequest({ recipient: BOB }), past).verdict).toBe('confirm');
    const addressBook = createAddressBook([{ name: 'New Bob', address: BOB_TWIN }]);
    const vouched = verdictOf(sendRequest({ recipient: BOB_TWIN, risks: ['address-poisoning'] }), {
      ...past,
      addressBook,
    });
    expect(vouched.verdict).toBe('confirm');
    // A contact can also be the one imitated.
    const book = createAddressBook([{ name: 'Bob', address: BOB }]);
    expect(verdictOf(sendRequest({ recipient: BOB_TWIN }), { ...ctx, addressBook: book }).verdict).toBe(
      'deny',
    );
  });

  it('takes other daily limits, and refuses a bad one with its path', () => {
    const custom = defaultRuleSet({ dailyLimits: { ETH: '0.25' } });
    expect(custom.rules.at(-1)!.when.window!.total.gt).toBe('0.25');
    expect(() => defaultRuleSet({ dailyLimits: { ETH: 'lots' } })).toThrow(
      'defaults.rules[6].when.window.total.gt: expected a decimal string',
    );
  });

  it('reads the phishing list format and refuses a malformed entry', () => {
    expect(BUNDLED_PHISHING.tolerance).toBe(2);
    expect(() => parsePhishingConfig({ blacklist: ['ok.example', 'not a host'] })).toThrow(
      'phishing.blacklist[1]: expected a host name',
    );
  });
});
