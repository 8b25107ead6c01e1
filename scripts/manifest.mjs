/**
 * Derives each browser's manifest from the one base manifest.json.
 * Chrome wants `background.service_worker` and rejects Firefox-only keys with warnings;
 * Firefox (event page) wants `background.scripts` plus `browser_specific_settings.gecko`.
 */
export function deriveManifest(base, browser) {
  const manifest = structuredClone(base);
  const { service_worker: worker, scripts, type } = manifest.background;
  if (browser === 'chrome') {
    manifest.background = { service_worker: worker, type };
    delete manifest.browser_specific_settings;
  } else if (browser === 'firefox') {
    manifest.background = { scripts, type };
  } else {
    throw new TypeError(`browser: expected "chrome" or "firefox", got "${browser}"`);
  }
  return manifest;
}
