/**
 * Browser glue for the unlocked session: auto-lock through an alarm, and the keep-alive that stops
 * Chrome from killing the worker (and with it the session) while unlocked. Chrome resets a worker's
 * idle timer on every extension API call, so one harmless call every 20 s keeps it alive. Firefox's
 * event page resets its idle timer on API calls that reach the parent process, which
 * runtime.getPlatformInfo does and storage.local does not (docs/firefox.md, checked by
 * e2e/firefox-keepalive.spec.ts). If the browser kills the worker anyway, the session is gone and
 * the wallet comes back locked — fail-safe.
 */
import browser from 'webextension-polyfill';
import type { LockTimer } from '../../src/wallet/housekeeping';

const ALARM = 'ringfence-autolock';

export const alarmLockTimer: LockTimer = {
  arm: (minutes) => void browser.alarms.create(ALARM, { delayInMinutes: Math.max(minutes, 0.5) }),
  cancel: () => void browser.alarms.clear(ALARM),
};

export function onAutoLockAlarm(lock: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) lock();
  });
}

let keepAlive: ReturnType<typeof setInterval> | undefined;

export function keepWorkerAlive(on: boolean): void {
  if (on && !keepAlive) keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  if (!on && keepAlive) {
    clearInterval(keepAlive);
    keepAlive = undefined;
  }
}
