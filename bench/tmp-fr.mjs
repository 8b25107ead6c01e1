import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAnvil } from '../scripts/anvil.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { launchWithExtension, openDapp } from './browser.mjs';
import { addReferencePages, measureFirstRender } from './firstRender.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'fr-'));
for (const n of ['chrome', 'demo']) cpSync(resolve(root, 'dist', n), join(dir, n), { recursive: true });
await addReferencePages(join(dir, 'chrome'));
const anvil = await startAnvil({ port: 8545 });
const server = await serveStatic(join(dir, 'demo'));
const b = await launchWithExtension({ extensionDir: join(dir, 'chrome') });
try {
  const dapp = await openDapp(b.context, server.url);
  const rows = await measureFirstRender(b.context, dapp, b.extensionId, {
    runs: Number(process.env.RUNS ?? 15),
  });
  for (const r of rows) console.log(r.name, r.value, r.note.slice(0, 100));
} finally {
  await b.close();
  await server.close();
  await anvil.stop();
  rmSync(dir, { recursive: true, force: true });
}
