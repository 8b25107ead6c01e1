/**
 * recover.html's script (issue 8, "no lock-in"): guardian share texts → parseEnvelope →
 * combineEnvelopes (src/recovery, docs/envelopes.md) → BIP-39 phrase (@scure/bip39, English).
 * No crypto of its own. scripts/recoverPage.mjs inlines it, as one classic script, into a single
 * offline file whose CSP forbids every connection. Shares and the phrase are never logged.
 */
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import {
  cleanupBytes,
  combineEnvelopes,
  type Envelope,
  MAX_SHARES,
  parseEnvelope,
  RecoveryError,
  type RecoveryReason,
} from '../../src/recovery/index.js';

/** What each refusal means for the person at the keyboard; the library's message adds the detail. */
const PLAIN: Record<RecoveryReason, string> = {
  checksum: 'It has a typo or a missing part: its checksum does not match. Compare it with the paper.',
  malformed: 'It is not a guardian share.',
  length: 'It is too long or too short to be a guardian share.',
  prefix: 'It is not a Ringfence guardian share (those start with rfshare1).',
  version: 'It was made by a newer version of Ringfence than this page reads.',
  'zero-x': 'It is not a valid guardian share.',
  threshold: 'The number of shares needed, as written in the shares, is out of range or inconsistent.',
  duplicate: 'The same share was entered twice.',
  'mixed-split': 'These shares come from different splits (different sets of envelopes) and never combine.',
  'mixed-epoch': 'Some shares are from an older split, made before the wallet was split again.',
  'too-few': 'Not enough shares to recover this wallet.',
  commitment: 'The shares do not combine to the wallet they were made for: one of them is wrong.',
  address: 'The shares combine, but not to the expected wallet.',
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = byId<HTMLDivElement>('share-list');
const addButton = byId<HTMLButtonElement>('add-share');
const errorBox = byId<HTMLParagraphElement>('error');
const result = byId<HTMLElement>('result');
const phraseField = byId<HTMLTextAreaElement>('phrase');
const status = byId<HTMLParagraphElement>('status');

function shareFields(): HTMLTextAreaElement[] {
  return [...list.querySelectorAll('textarea')];
}

function addShare(): void {
  const n = shareFields().length + 1;
  const template = list.firstElementChild!.cloneNode(true) as HTMLDivElement;
  const label = template.querySelector('label')!;
  const field = template.querySelector('textarea')!;
  label.htmlFor = field.id = `share-${n}`;
  label.textContent = `Guardian share ${n}`;
  field.value = '';
  list.append(template);
  addButton.disabled = n >= MAX_SHARES;
  field.focus();
}

/** The library's message without its "function: argument:" prefix (it names positions, never data). */
const detail = (e: RecoveryError) => e.message.replace(/^(?:[\w[\]]+: )+/, '');

function explain(error: unknown, field?: number): string {
  if (!(error instanceof RecoveryError)) return 'Something unexpected went wrong; nothing was recovered.';
  const where = field === undefined ? '' : `Guardian share ${field} cannot be used. `;
  return `${where}${PLAIN[error.reason]} Details: ${detail(error)}.`;
}

function showError(message: string): void {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

function clearOutput(): void {
  errorBox.hidden = true;
  errorBox.textContent = '';
  result.hidden = true;
  phraseField.value = '';
  status.textContent = '';
}

async function recover(): Promise<void> {
  clearOutput();
  const envelopes: Envelope[] = [];
  for (const [i, field] of shareFields().entries()) {
    if (field.value.trim() === '') continue;
    try {
      envelopes.push(parseEnvelope(field.value));
    } catch (error) {
      return showError(explain(error, i + 1));
    }
  }
  if (envelopes.length === 0) return showError('Paste the guardian shares into the fields above first.');
  let entropy: Uint8Array | undefined;
  try {
    entropy = await combineEnvelopes(envelopes);
    const phrase = entropyToMnemonic(entropy, wordlist);
    phraseField.value = phrase;
    const { threshold, count } = envelopes[0]!;
    status.textContent =
      `Recovered a ${phrase.split(' ').length}-word phrase from ${envelopes.length} shares ` +
      `(${threshold} of ${count} needed). Write it down, then close this tab.`;
    result.hidden = false;
  } catch (error) {
    showError(explain(error));
  } finally {
    cleanupBytes(entropy);
  }
}

byId('script-missing').hidden = true;
addButton.addEventListener('click', addShare);
byId<HTMLFormElement>('shares').addEventListener('submit', (event) => {
  event.preventDefault();
  void recover();
});
