/**
 * Whitespace and case are not part of a BIP-39 English phrase: "Word  word\n" means "word word".
 * The ring validates the words; this only undoes what typing and pasting add.
 */
export function normalizePhrase(text: string): string {
  return text.trim().split(/\s+/).join(' ').toLowerCase();
}
