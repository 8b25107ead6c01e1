/**
 * SES lockdown (https://github.com/endojs/endo/tree/master/packages/ses): freezes the JavaScript
 * intrinsics before any other code runs, so a compromised dependency cannot tamper with
 * Object.prototype, Array.prototype, Promise, JSON … to steal secrets (prototype-pollution and
 * supply-chain attacks). The worker and the content script import it first (each is one file);
 * popup.html and approval.html run it as lockdown.js, a classic script before any module
 * (vite.config.ts, mode `lockdown`), because a page's shared chunk runs before its entry's imports.
 */
import 'ses';

lockdown({
  // Keep readable stack traces in the console; errors never carry secrets (the ring's rule).
  errorTaming: 'unsafe',
  consoleTaming: 'unsafe',
  // 'moderate' lets libraries assign e.g. `fn.toString = …` on objects inheriting frozen ones.
  overrideTaming: 'moderate',
  // Lockdown's notes (e.g. removed unknown intrinsics) would otherwise print on every web page.
  reporting: 'none',
});
