/**
 * WBIP methods take one params object (`request('signPsbt', { hex })`); the router turns absent
 * params into `[]`, which here means "no params": `{}`. Issues name the field ("params.hex: …").
 */
import * as v from 'valibot';

export function bitcoinParams<const T extends v.ObjectEntries>(entries: T) {
  return v.pipe(
    v.unknown(),
    v.transform((p) => (Array.isArray(p) && p.length === 0 ? {} : p)),
    v.looseObject(entries, 'expected a params object'),
  );
}
