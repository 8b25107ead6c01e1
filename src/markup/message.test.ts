import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { Card, type CardBase } from './card';
import { messageCard, printableText } from './message';
import { EIP_EXAMPLE } from './testData';

const base: CardBase = { origin: 'https://example.com', raw: {} };
const utf8 = (s: string) => new TextEncoder().encode(s);
const ctx = { chainId: 1, now: Date.parse('2021-09-30T16:30:00Z') };

describe('messageCard', () => {
  test('valid, printable UTF-8 is shown as text', () => {
    const c = messageCard(utf8('Welcome to app.example!\nClick to sign in. ✓'), base, ctx);
    expect(v.parse(Card, c)).toEqual(c);
    expect(c.kind).toBe('message');
    expect(c.summary).toEqual(['Sign "Welcome to app.example!…"']);
    expect(c.fields).toEqual([
      { label: 'Message', value: 'Welcome to app.example!\nClick to sign in. ✓', format: 'text' },
    ]);
    expect(c.risks).toEqual([]);
    expect(messageCard(utf8('hello'), base, ctx).summary).toEqual(['Sign "hello"']);
  });

  test('binary data is shown as hex with a warning', () => {
    const hash = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const c = messageCard(hash, base, ctx);
    expect(v.parse(Card, c)).toEqual(c);
    expect(c.summary).toEqual(['Sign 32 bytes of data that are not readable text']);
    expect(c.fields[0]).toEqual({
      label: 'Message (hex)',
      value: expect.stringMatching(/^0x00070e15/),
      format: 'hex',
    });
    expect(c.risks.map((r) => [r.code, r.level])).toEqual([['binary-message', 'warning']]);
    expect(c.risks[0]!.text).toContain('size of a hash');
  });

  test('invalid UTF-8, control characters and bidi overrides are not shown as text', () => {
    expect(printableText(Uint8Array.of(0xc3, 0x28))).toBeUndefined();
    expect(printableText(utf8('pay \u0007 now'))).toBeUndefined();
    expect(printableText(utf8('send to \u202Eevil'))).toBeUndefined();
    expect(printableText(utf8('tab\tand line\r\nend'))).toBe('tab\tand line\r\nend');
  });

  test('a conforming SIWE message is a sign-in card', () => {
    const c = messageCard(
      utf8(EIP_EXAMPLE),
      { ...base, account: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2' },
      ctx,
    );
    expect(c.kind).toBe('sign-in');
    expect(c.summary[0]).toBe('Sign in to example.com as 0xC02a…6Cc2');
  });

  test('a message that only looks like SIWE is plain text with a warning', () => {
    const c = messageCard(utf8(EIP_EXAMPLE.replace('Nonce: 32891756', 'Nonce: 1')), base, ctx);
    expect(c.kind).toBe('message');
    expect(c.fields[0]!.value).toBe(EIP_EXAMPLE.replace('Nonce: 32891756', 'Nonce: 1'));
    expect(c.risks).toEqual([
      {
        code: 'siwe-malformed',
        level: 'warning',
        text: expect.stringContaining('line 9: expected "Nonce: "'),
      },
    ]);
  });
});
