/**
 * A site's signMessage request, BIP-322 simple (https://github.com/bitcoin/bips/blob/master/bip-0322.mediawiki)
 * → a `message` card: the text (or hex when it is not printable), the address that signs, and on
 * which network. A BIP-322 signature proves control of the address; it cannot move coins.
 *
 *   bip322MessageCard(base, { message: 'Hello World', address, network }).summary[0];
 *   // 'Sign a message with your Bitcoin address bc1q…'
 */
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { UtxoNetwork } from '../chains/utxo/networks';
import { type Card, type CardBase, card, risk } from './card';
import { clip } from './describe';
import { printableText } from './message';

export interface Bip322MessageFacts {
  message: string;
  address: string;
  network: UtxoNetwork;
}

export function bip322MessageCard(base: CardBase, f: Bip322MessageFacts): Card {
  const text = printableText(utf8ToBytes(f.message));
  return card('message', base, {
    title: 'Sign a message',
    summary: [
      `Sign a message with your ${f.network.name} address ${f.address}`,
      text !== undefined
        ? `"${clip(text, 2000)}"`
        : 'The message holds hidden or control characters: see it in hex below',
    ],
    fields: [
      {
        label: 'Message',
        value: clip(text ?? `0x${bytesToHex(utf8ToBytes(f.message))}`),
        format: text !== undefined ? 'text' : 'hex',
      },
      { label: 'Address', value: f.address, format: 'address' },
      { label: 'Network', value: f.network.name },
      { label: 'Protocol', value: 'BIP-322 simple' },
    ],
    risks:
      text === undefined
        ? [risk('binary-message', 'warning', 'The message is not plain readable text; check its bytes.')]
        : [],
  });
}
