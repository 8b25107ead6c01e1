/**
 * The translations stay complete (issue 11): every language has exactly English's keys and
 * placeholders, every message is translated (only the brand name may stay), and the manifest's
 * __MSG_…__ references exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untranslated } from '../../scripts/untranslated.mjs';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const root = resolve(import.meta.dirname, '../..');
const locales = resolve(root, 'public/_locales');
const read = (lang: string) =>
  JSON.parse(readFileSync(resolve(locales, lang, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const others = readdirSync(locales).filter((l) => l !== 'en');
const SAME_IN_EVERY_LANGUAGE = new Set(['extName']);
const placeholdersOf = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();

describe('_locales', () => {
  it('has English and at least one other complete language', () => {
    expect(others.length).toBeGreaterThanOrEqual(1);
  });

  it.each(others)(
    '%s has the same keys and placeholders as English, and translates every message',
    (lang) => {
      const messages = read(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        expect(message.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholdersOf(message), `${lang}.${key}`).toEqual(placeholdersOf(en[key]!.message));
        expect(placeholders, `${lang}.${key} placeholders`).toEqual(en[key]!.placeholders);
        if (!SAME_IN_EVERY_LANGUAGE.has(key))
          expect(message, `${lang}.${key} is untranslated`).not.toBe(en[key]!.message);
      }
    },
  );

  it("the manifest's __MSG_…__ names exist, and default_locale is English", () => {
    const manifest = readFileSync(resolve(root, 'manifest.json'), 'utf8');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(en[key], key).toBeDefined();
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  it('every word the extension shows comes from _locales (scripts/untranslated.mjs finds none)', () => {
    const found = untranslated().map(
      (f: { file: string; line: number; text: string }) => `${f.file}:${f.line} ${f.text}`,
    );
    expect(found).toEqual([]);
  });

  it('every English message is used by the extension (no stale words to translate)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? sources(resolve(dir, d.name))
          : /\.tsx?$/.test(d.name) && !d.name.includes('.test.')
            ? [readFileSync(resolve(dir, d.name), 'utf8')]
            : [],
      );
    const code = [
      ...sources(resolve(root, 'extension')),
      readFileSync(resolve(root, 'manifest.json'), 'utf8'),
    ].join('\n');
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
