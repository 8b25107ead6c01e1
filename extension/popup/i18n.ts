/**
 * The popup's words (issue 11): every text comes from `_locales/<lang>/messages.json` through
 * `browser.i18n`, in the browser's UI language (English when a key is missing there, as the
 * browser falls back to `default_locale`). Keys are typed from the English file, so a typo is a
 * compile error and `i18n.test.ts` keeps every language's keys and placeholders in step.
 *
 *   t('tooManyTries', 30)   // "Too many wrong passwords: wait 30 s before trying again."
 */
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // A missing message is shown as its key: visible, never an empty button.
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * The language the words are in (a BCP 47 tag from `_locales`, "de" for German): numbers and dates
 * are formatted in it too, so a German page never shows an English date even when the browser's
 * locale settings differ from its UI language.
 */
export function uiLocale(): string {
  return t('htmlLang');
}
