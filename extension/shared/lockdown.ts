/**
 * SES lockdown (https://github.com/endojs/endo/tree/master/packages/ses): freezes the JavaScript
 * intrinsics before any other code runs, so a compromised dependency cannot tamper with
 * Object.prototype, Array.prototype, Promise, JSON … to steal secrets (prototype-pollution and
 * supply-chain attacks). Import this module FIRST in every extension entry.
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
