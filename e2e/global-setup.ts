/**
 * Starts what every e2e test shares: anvil on 127.0.0.1:8545 (the wallet's default network) and
 * the demo dapp on a free port. Builds the extension and the demo first unless RINGFENCE_SKIP_BUILD=1
 * (the `npm test` script has just built them).
 */
import { startAnvil } from '../scripts/anvil.mjs';
import { buildAll } from '../scripts/build.mjs';
import { serveStatic } from '../scripts/serve.mjs';

export default async function globalSetup() {
  if (process.env.RINGFENCE_SKIP_BUILD !== '1') await buildAll({ demo: true });
  const anvil = await startAnvil({ port: 8545 });
  const demo = await serveStatic('dist/demo');
  process.env.RINGFENCE_DEMO_URL = demo.url;
  process.env.RINGFENCE_ANVIL_URL = anvil.url;
  return async () => {
    await demo.close();
    await anvil.stop();
  };
}
