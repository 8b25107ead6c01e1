/**
 * Every script the build writes is ASCII: a non-ASCII character inside a string, template or
 * regular-expression literal becomes its `\uXXXX` escape, which has the same value.
 *
 * Why: Blink turns an ASCII script into a one-byte string on a fast path. One "…" anywhere made the
 * popup's 286 kB chunk a full UTF-8 decode into two-byte text: 5 ms on a worker thread while the
 * popup's main thread, done with the lockdown, waited for it (seen in a trace of the toolbar popup;
 * the ASCII file took under 1 ms), and twice the memory in V8. The worker's 598 kB file, decoded
 * at every wake, had the same cost (a BIP-39 wordlist check and the words of its errors).
 *
 * Characters anywhere else (an identifier, a comment, a tagged template's raw text, whose value
 * would change) are left alone and reported, so the build fails rather than ship them unnoticed.
 */
const NON_ASCII = /[\u0080-\uffff]/;

/** @param {number} unit */
const unicodeEscape = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * A literal's source text with each non-ASCII UTF-16 unit written as `\uXXXX`. A unit already
 * behind a backslash (an identity escape such as `\…`) keeps its meaning: the backslash goes (and a
 * line continuation, a backslash before U+2028 or U+2029, goes whole).
 */
function escapeLiteral(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (text[i] === '\\' && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A backslash before U+2028 or U+2029 is a line continuation: it adds nothing to the value.
      const continuesLine = next === 0x2028 || next === 0x2029;
      if (!continuesLine) out += next > 0x7f ? unicodeEscape(next) : text.slice(i, i + 2);
      i++;
    } else out += unit > 0x7f ? unicodeEscape(unit) : text[i];
  }
  return out;
}

/** An ESTree node: `type`, and `start`/`end` as UTF-16 offsets into the code (rolldown's parser). */
function isNode(value) {
  return typeof value === 'object' && value !== null && typeof value.type === 'string';
}

/** [start, end) of every string, regular-expression and untagged template text in the program. */
function literalRanges(program) {
  const ranges = [];
  const tagged = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    if (value.type === 'TaggedTemplateExpression') tagged.add(value.quasi);
    if (value.type === 'Literal' && (typeof value.value === 'string' || value.regex))
      ranges.push([value.start, value.end]);
    if (value.type === 'TemplateLiteral' && !tagged.has(value))
      for (const quasi of value.quasis) ranges.push([quasi.start, quasi.end]);
    for (const [key, child] of Object.entries(value)) if (key !== 'parent') visit(child);
  };
  visit(program);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * `code` with its literals' non-ASCII characters escaped (unchanged when it is ASCII already).
 * Throws naming `file` and the place when a non-ASCII character is left outside any literal.
 */
export function escapeNonAscii(code, parse, file = 'code') {
  if (!NON_ASCII.test(code)) return code;
  let out = '';
  let at = 0;
  for (const [start, end] of literalRanges(parse(code))) {
    if (start < at) continue;
    const text = code.slice(start, end);
    out += code.slice(at, start) + (NON_ASCII.test(text) ? escapeLiteral(text) : text);
    at = end;
  }
  out += code.slice(at);
  const left = out.search(NON_ASCII);
  if (left >= 0)
    throw new Error(
      `asciiOnly: ${file}: non-ASCII ${JSON.stringify(out[left])} outside a string or regular-expression ` +
        `literal, near ${JSON.stringify(out.slice(Math.max(0, left - 40), left + 40))}`,
    );
  return out;
}

/** The Vite plugin: rewrites each emitted chunk after minification. */
export function asciiOnly() {
  return {
    name: 'ringfence:ascii-only',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk')
          file.code = escapeNonAscii(file.code, (code) => this.parse(code), file.fileName);
    },
  };
}
