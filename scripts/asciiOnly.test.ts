import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from './asciiOnly.mjs';

const parse = (code: string) => parseAst(code);
/** What a script's last expression evaluates to (the code is ours, in the test). */
const run = (code: string): unknown => new Function(`return (${code});`)();
const isAscii = (code: string) => !/[\u0080-\uffff]/.test(code);

describe('escapeNonAscii', () => {
  it('returns ASCII code as it is', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test, as text
    const code = 'const a = "plain", b = `t${a}`;';
    expect(escapeNonAscii(code, parse)).toBe(code);
  });

  it.each([
    ['a string', '"0xAbC…12" + \'—\''],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test, as text
    ['a template with a substitution', '`≈ ${1 + 1} €`'],
    ['an identity escape', '"\\…"'],
    ['a line continuation', '"a\\\u2028b"'],
    ['a character outside the BMP', '"🦊".length + "🦊"'],
    ['JSON text inside a string', 'JSON.parse(\'{"w":"あいう"}\').w'],
    ['a regular expression with a class', '/[—–]/.test("a–b")'],
    ['a regular expression with the u flag and a character outside the BMP', '/^🦊$/u.test("🦊")'],
    ['a regular expression with a negated class', '"x—y".replace(/[^—]/g, "")'],
  ])('keeps the value of %s, in ASCII', (_what, code) => {
    const escaped = escapeNonAscii(code, parse);
    expect(isAscii(escaped)).toBe(true);
    expect(run(escaped)).toEqual(run(code));
  });

  it('leaves ASCII around the literals untouched', () => {
    const code = 'f("…", x) + g(`—`)';
    expect(escapeNonAscii(code, parse)).toBe('f("\\u2026", x) + g(`\\u2014`)');
  });

  it.each([
    ['a tagged template (its raw text would change)', 'String.raw`…`'],
    ['an identifier', 'const café = 1;'],
    ['a comment', '/* … */ 1'],
  ])('refuses non-ASCII in %s, naming the file', (_what, code) => {
    expect(() => escapeNonAscii(code, parse, 'assets/x.js')).toThrow(/asciiOnly: assets\/x\.js: non-ASCII/);
  });
});
