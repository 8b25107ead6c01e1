/**
 * recover.html (issue 8, docs/envelopes.md "Recovering without Ringfence"): Vite's `recover` mode
 * bundles extension/recover/main.ts into one classic script; this inlines it and recover.css into
 * extension/recover/recover.html under a CSP that allows exactly those two blocks (by SHA-256) and
 * no connection at all. One file, no external references, the same bytes for the same input.
 *
 *   const html = await buildRecoverPage();   // string: write it wherever the page ships
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, 'extension', 'recover');

/** A CSP hash source for an inline block: the hash covers exactly the text between the tags. */
const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The one entry chunk of the `recover` build (which writes nothing: vite.config.ts). */
async function bundleScript() {
  const result = await build({ configFile: resolve(root, 'vite.config.ts'), mode: 'recover' });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  if (outputs.length !== 1 || outputs[0].type !== 'chunk') {
    throw new Error(`recover build: expected one script, got ${outputs.map((o) => o.fileName).join(', ')}`);
  }
  return outputs[0].code;
}

/** Replaces the one `token` in the template; a function replacement, so `$` in code stays literal. */
function fill(html, token, value) {
  if (html.split(token).length !== 2) throw new Error(`recover.html: expected one ${token}`);
  return html.replace(token, () => value);
}

export async function buildRecoverPage() {
  const script = await bundleScript();
  const style = readFileSync(resolve(dir, 'recover.css'), 'utf8');
  // Either sequence inside the block would end it (or change how the HTML parser reads it) early.
  if (/<\/script|<!--/i.test(script)) throw new Error('recover build: the script contains </script or <!--');
  if (/<\/style/i.test(style)) throw new Error('recover.css contains </style');
  const csp = [
    "default-src 'none'",
    `script-src ${hashSource(script)}`,
    `style-src ${hashSource(style)}`,
    "connect-src 'none'",
    'img-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  let html = readFileSync(resolve(dir, 'recover.html'), 'utf8');
  html = fill(html, '%RECOVER_CSP%', csp);
  html = fill(html, '/*RECOVER_STYLE*/', style);
  return fill(html, '/*RECOVER_SCRIPT*/', script);
}
