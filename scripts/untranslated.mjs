/**
 * Lists the popup's words that do not come from `_locales` (issue 11): JSX text with letters, and
 * string literals with letters in the attributes a person reads or hears (aria-label, title,
 * placeholder, alt, label). `node scripts/untranslated.mjs [files…]` prints file:line and the text;
 * extension/popup/i18n.test.ts runs the same scan over extension/ and expects none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const LETTERS = /\p{L}{2,}/u;

function tsxFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsxFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : [],
  );
}

/** Whether a string literal is (a branch of) a JSX child expression, not an argument or a key. */
function shownAsChild(node) {
  let n = node;
  while (
    ts.isConditionalExpression(n.parent) ||
    ts.isBinaryExpression(n.parent) ||
    ts.isParenthesizedExpression(n.parent)
  ) {
    if (ts.isConditionalExpression(n.parent) && n.parent.condition === n) return false;
    if (
      ts.isBinaryExpression(n.parent) &&
      n.parent.operatorToken.kind !== ts.SyntaxKind.BarBarToken &&
      n.parent.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken &&
      n.parent.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken
    )
      return false;
    n = n.parent;
  }
  return (
    ts.isJsxExpression(n.parent) && (ts.isJsxElement(n.parent.parent) || ts.isJsxFragment(n.parent.parent))
  );
}

/** [{ file, line, text }] for one file's source. */
export function untranslatedIn(file, source = readFileSync(file, 'utf8')) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = [];
  const report = (node, text) =>
    found.push({
      file: relative(root, file),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text,
    });
  const visit = (node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) report(node, node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (literal && LETTERS.test(literal.text)) report(node, literal.text);
    }
    // A string shown as a child: {busy ? 'Saving…' : 'Save'}
    if (ts.isStringLiteralLike(node) && LETTERS.test(node.text) && shownAsChild(node))
      report(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every finding under extension/. */
export function untranslated(files = tsxFiles(resolve(root, 'extension'))) {
  return files.flatMap((f) => untranslatedIn(resolve(f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = untranslated(process.argv.length > 2 ? process.argv.slice(2) : undefined);
  for (const f of found) console.log(`${f.file}:${f.line}  ${f.text}`);
  console.log(`${found.length} untranslated text(s)`);
}
