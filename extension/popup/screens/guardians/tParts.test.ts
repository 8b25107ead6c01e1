/**
 * tParts puts elements where a translation's placeholders are. browser.i18n is a test adapter
 * (node has no extension API): it reads the real _locales files and substitutes $1… into the named
 * placeholders as browsers do, so the English and German entries are the ones the popup ships.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tParts } from './tParts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Messages;
const locale = vi.hoisted(() => ({ messages: {} as Record<string, unknown> }));

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage(key: string, substitutions: string[]) {
        const entry = (locale.messages as Messages)[key];
        if (!entry) return '';
        return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
          const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
          return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
        });
      },
    },
  },
}));

const html = (node: ReturnType<typeof tParts>) => renderToStaticMarkup(createElement('p', null, node));
const words = createElement('strong', { className: 'mono' }, 'apple banana cherry');
const tag = createElement('span', { className: 'mono' }, 'rf1abc');

describe('tParts (browser.i18n test adapter over the real _locales)', () => {
  beforeEach(() => {
    locale.messages = read('en');
  });

  it('places an element where its placeholder is, text on both sides kept', () => {
    expect(html(tParts('guardiansReleasedCheckWords', words))).toBe(
      '<p>Before sending this, check the owner reads you these words: <strong class="mono">apple banana cherry</strong>. Different words: do not send it.</p>',
    );
  });

  it('mixes elements with text and number substitutions, in the order of the arguments', () => {
    expect(html(tParts('guardiansInboxMeta', tag, 2, 3, '1 Dec 2026'))).toBe(
      '<p>Split <span class="mono">rf1abc</span> · epoch 2 · 3 needed · received 1 Dec 2026</p>',
    );
  });

  it('reads the German entry the same way', () => {
    locale.messages = read('de');
    expect(html(tParts('guardiansYourWords', words))).toBe(
      '<p>Ihre Wörter: <strong class="mono">apple banana cherry</strong></p>',
    );
    expect(html(tParts('guardiansCustodyPhrase', createElement('strong', null, 'Nur Phrase:')))).toBe(
      '<p><strong>Nur Phrase:</strong> Nur Sie bewahren Ihre Wiederherstellungsphrase auf.</p>',
    );
  });

  it('shows the key of a missing message, as t() does', () => {
    locale.messages = {};
    expect(html(tParts('guardiansYourWords', words))).toBe('<p>guardiansYourWords</p>');
  });
});
