/**
 * A message with elements inside it (a split tag in monospace, fingerprint words in bold): `t()`
 * with a marker for each element, split again at the markers, so a translation can move the
 * element within its sentence instead of the sentence being cut into fragments around it.
 *
 *   tParts('guardiansYourWords', <strong className="mono">{words}</strong>)   // "Your words: <strong>…"
 */
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { type MessageKey, t } from '../../i18n';

/** A private-use character: never in a message, and it survives browser.i18n's substitution. */
const MARK = '\uE000';
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`);

export function tParts(key: MessageKey, ...substitutions: (string | number | ReactElement)[]): ReactNode {
  const text = t(key, ...substitutions.map((s, i) => (isValidElement(s) ? `${MARK}${i}${MARK}` : s)));
  // split() with a capture group: even pieces are text, odd pieces the index of an element.
  return text.split(MARKED).map((piece, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one message, in a fixed order.
    <Fragment key={i}>{i % 2 === 0 ? piece : substitutions[Number(piece)]}</Fragment>
  ));
}
