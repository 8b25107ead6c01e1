/**
 * popup.html and approval.html run lockdown.js (SES, vite.config.ts mode `lockdown`) as a classic
 * script before their modules. This checks that wiring and refuses to start a page without it,
 * rather than run the wallet's UI on unfrozen intrinsics.
 */
if (!Object.isFrozen(Object.prototype) || !Object.isFrozen(Array.prototype)) {
  throw new Error('lockdown.js must run before this page: the intrinsics are not frozen');
}
