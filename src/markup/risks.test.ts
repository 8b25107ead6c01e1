import { describe, expect, test } from 'vitest';
import { recipientRisks, spenderRisks, uniqueRisks, unlimitedRisk } from './risks';
import { BOB, CAROL, ME, ROUTER, testFacts, USDC } from './testData';

const KNOWN = '0xaBcD111111111111111111111111111111111234';
const LOOKALIKE = '0xAbcD222222222222222222222222222222221234';
const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe('recipientRisks', () => {
  const facts = testFacts({ knownRecipients: [KNOWN, BOB] });

  test('flags a look-alike of a known recipient (same first and last 4 hex digits, any case)', async () => {
    const risks = await recipientRisks(LOOKALIKE, facts, { token: false });
    expect(codes(risks)).toEqual(['address-poisoning']);
    expect(risks[0]!.level).toBe('danger');
    expect(risks[0]!.text).toContain('looks like 0xaBcD…1234');
  });

  test('does not flag the exact known address, in any case', async () => {
    expect(await recipientRisks(KNOWN, facts, { token: false })).toEqual([]);
    expect(await recipientRisks(KNOWN.toLowerCase(), facts, { token: false })).toEqual([]);
  });

  test('flags a look-alike of an own account', async () => {
    const twin = `${ME.slice(0, 6)}${'0'.repeat(32)}${ME.slice(-4)}`;
    expect(codes(await recipientRisks(twin, facts, { token: false }))).toEqual(['address-poisoning']);
  });

  test('a new address is a first-time recipient; an own account is not', async () => {
    expect(codes(await recipientRisks(CAROL, facts, { token: false }))).toEqual(['first-time-recipient']);
    expect(await recipientRisks(ME, facts, { token: false })).toEqual([]);
  });

  test('a token contract as the recipient of a token transfer is a danger', async () => {
    const risks = await recipientRisks(USDC, testFacts({ knownRecipients: [USDC] }), { token: true });
    expect(codes(risks)).toEqual(['recipient-is-token-contract']);
    expect(await recipientRisks(USDC, testFacts({ knownRecipients: [USDC] }), { token: false })).toEqual([]);
  });
});

describe('spenderRisks', () => {
  test('an account without code as spender is approval-to-eoa; a contract is fine', async () => {
    expect(codes(await spenderRisks(BOB, testFacts()))).toEqual(['approval-to-eoa']);
    expect(await spenderRisks(ROUTER, testFacts())).toEqual([]);
  });
});

test('uniqueRisks keeps the first of equal risks', () => {
  expect(uniqueRisks([unlimitedRisk(), unlimitedRisk(), unlimitedRisk(true)])).toHaveLength(2);
});
