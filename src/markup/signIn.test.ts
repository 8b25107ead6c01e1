import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { Card, type CardBase } from './card';
import { signInCard } from './signIn';
import { parseSiwe } from './siwe';
import { EIP_EXAMPLE } from './testData';

const SIGNER = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
const base: CardBase = { origin: 'https://example.com', account: SIGNER, raw: {} };
const ctx = { chainId: 1, now: Date.parse('2021-09-30T16:30:00Z') };
const codes = (text: string, b: CardBase = base, c = ctx) =>
  signInCard(parseSiwe(text), b, c).risks.map((r) => r.code);

describe('signInCard', () => {
  test('the EIP example from its own site: every term shown, no risk', () => {
    const c = signInCard(parseSiwe(EIP_EXAMPLE), base, ctx);
    expect(v.parse(Card, c)).toEqual(c);
    expect(c.kind).toBe('sign-in');
    expect(c.summary).toEqual([
      'Sign in to example.com as 0xC02a…6Cc2',
      '"I accept the ExampleOrg Terms of Service: https://example.com/tos"',
      'Resource: ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/',
      'Resource: https://example.com/my-web2-claim.json',
    ]);
    expect(c.fields).toContainEqual({ label: 'Address', value: SIGNER, format: 'address' });
    expect(c.fields).toContainEqual({ label: 'Nonce', value: '32891756', format: 'text' });
    expect(c.risks).toEqual([]);
  });

  test('a message for another domain is a danger', () => {
    const risks = signInCard(parseSiwe(EIP_EXAMPLE), { ...base, origin: 'https://examp1e.com' }, ctx).risks;
    expect(risks[0]).toEqual({
      code: 'siwe-domain-mismatch',
      level: 'danger',
      text: expect.stringContaining('for example.com, but https://examp1e.com is asking'),
    });
    expect(risks.map((r) => r.code)).toEqual(['siwe-domain-mismatch', 'siwe-uri-mismatch']);
  });

  test('userinfo and ports are read as RFC 3986 says', () => {
    expect(codes(EIP_EXAMPLE.replace('example.com wants', 'example.com@evil.example wants'))).toContain(
      'siwe-domain-mismatch',
    );
    expect(codes(EIP_EXAMPLE.replace('example.com wants', 'example.com:443 wants'))).toEqual([]);
    expect(codes(EIP_EXAMPLE.replace('example.com wants', 'example.com:8443 wants'))).toEqual([
      'siwe-domain-mismatch',
    ]);
    const local = EIP_EXAMPLE.replace('example.com wants', 'localhost:3000 wants').replace(
      'https://example.com/login',
      'http://localhost:3000/login',
    );
    expect(codes(local, { ...base, origin: 'http://localhost:3000' })).toEqual([]);
    expect(codes(`http://${EIP_EXAMPLE}`)).toEqual(['siwe-scheme-mismatch']);
  });

  test('an opaque origin matches no domain', () => {
    expect(codes(EIP_EXAMPLE, { ...base, origin: 'null' })).toContain('siwe-domain-mismatch');
  });

  test('URI, chain and address mismatches are warnings', () => {
    const other = EIP_EXAMPLE.replace('URI: https://example.com/login', 'URI: https://login.example.net/')
      .replace('Chain ID: 1', 'Chain ID: 10')
      .replace(SIGNER, '0x70997970C51812dc3A010C7d01b50e0d17dc79C8');
    const risks = signInCard(parseSiwe(other), base, ctx).risks;
    expect(risks.map((r) => [r.code, r.level])).toEqual([
      ['siwe-uri-mismatch', 'warning'],
      ['siwe-chain-mismatch', 'warning'],
      ['siwe-address-mismatch', 'warning'],
    ]);
  });

  test('an expired message, and one not valid yet', () => {
    const timed = EIP_EXAMPLE.replace(
      'Issued At: 2021-09-30T16:25:24Z',
      'Issued At: 2021-09-30T16:25:24Z\nExpiration Time: 2021-09-30T16:29:00Z\nNot Before: 2021-09-30T17:00:00Z',
    );
    const risks = signInCard(parseSiwe(timed), base, ctx).risks;
    expect(risks.map((r) => [r.code, r.level])).toEqual([
      ['siwe-expired', 'warning'],
      ['siwe-not-yet-valid', 'info'],
    ]);
    expect(risks[0]!.text).toBe('This sign-in request expired at 2021-09-30T16:29:00Z.');
  });
});
