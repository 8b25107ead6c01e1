import { describe, expect, it } from 'vitest';
import { createAddressBook } from './addressBook';
import { evaluate } from './evaluate';
import type { PolicyContext, PolicyRequest } from './request';
import { parseRuleSet, rule } from './schema';
import { ALICE, BOB, CAROL, HOUR, NOW } from './testkit';

// A batch (EIP-5792 wallet_sendCalls) carries what it sends in `sends`; each is judged as a send.
const TOKEN = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const UNIT = 10n ** 6n;
const tokenDaily = rule(
  'token-daily',
  { kind: 'send', asset: TOKEN, window: { per: '24h', total: { gt: '100' } } },
  'confirm-with-password',
  { description: 'More than 100 TKN a day needs my password' },
);
const noCarol = rule('no-carol', { kind: 'send', recipient: CAROL }, 'deny');
const rules = parseRuleSet({ v: 1, name: 'Batch test', rules: [tokenDaily, noCarol] });
const ctx: PolicyContext = {
  now: NOW,
  decimals: { [`eip155:1/${TOKEN.toLowerCase()}`]: 6 },
  addressBook: createAddressBook([]),
};
const batch = (sends: PolicyRequest['sends']): PolicyRequest => ({
  origin: 'https://app.example',
  kind: 'batch',
  chainId: 1,
  account: ALICE,
  sends,
});

describe('a batch is judged by every asset it sends', () => {
  it('a per-token daily limit applies to the tokens a batch sends, with the day so far', () => {
    const small = evaluate(rules, batch([{ asset: TOKEN, amount: 60n * UNIT, recipient: BOB }]), ctx);
    expect(small.verdict).toBe('confirm');
    const history = [
      { at: NOW - HOUR, account: ALICE, asset: `eip155:1/${TOKEN.toLowerCase()}`, amount: 60n * UNIT },
    ];
    const over = evaluate(rules, batch([{ asset: TOKEN, amount: 60n * UNIT, recipient: BOB }]), {
      ...ctx,
      history,
    });
    expect(over.verdict).toBe('confirm-with-password');
    expect(over.reasons).toEqual([
      `More than 100 TKN a day needs my password (24h total with this one 120 ${TOKEN} > 100)`,
    ]);
    expect(over.matched.find((m) => m.ruleId === 'token-daily')?.decisive).toBe(true);
  });

  it('without `sends` the same batch sees no token and no limit (what the batch path did before)', () => {
    const history = [
      { at: NOW - HOUR, account: ALICE, asset: `eip155:1/${TOKEN.toLowerCase()}`, amount: 99n * UNIT },
    ];
    expect(evaluate(rules, batch(undefined), { ...ctx, history }).verdict).toBe('confirm');
  });

  it('the strictest part decides: one recipient denied denies the batch; reasons and risks are merged', () => {
    const e = evaluate(
      rules,
      batch([
        { asset: TOKEN, amount: 200n * UNIT, recipient: BOB, contract: TOKEN },
        { asset: 'ETH', amount: 1n, recipient: CAROL },
      ]),
      ctx,
    );
    expect(e.verdict).toBe('deny');
    expect(e.reasons).toEqual(['Rule "no-carol"']);
    // Listed most specific first, as evaluate does; only the deciding part's rule is decisive.
    expect(e.matched.map((m) => [m.ruleId, m.decisive])).toEqual([
      ['token-daily', false],
      ['no-carol', true],
    ]);
  });

  it('is deterministic: the order of the sends does not change the verdict, reasons or matches', () => {
    const a = { asset: TOKEN, amount: 200n * UNIT, recipient: BOB };
    const b = { asset: 'ETH', amount: 1n, recipient: CAROL };
    expect(evaluate(rules, batch([a, b]), ctx)).toEqual(evaluate(rules, batch([b, a]), ctx));
  });
});
