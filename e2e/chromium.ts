/** Chromium with the built extension (see scripts/chromium.mjs), plus the CDP worker kill switch. */
import type { Page } from '@playwright/test';

export {
  CHROMIUM_PATH,
  EXTENSION_DIR,
  type LaunchedChromium,
  launchWithExtension,
} from '../scripts/chromium.mjs';

/** Stops every service worker the way Chrome does when it is idle (CDP ServiceWorker domain). */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
