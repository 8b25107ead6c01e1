/**
 * Rule evaluation for `npm run bench` (issue 10): one verdict per request with 1,000 rules, a
 * 10,000-contact address book and 1,000 past sends (goal p95 ≤ 1 ms), beside the same requests
 * against the default rule set with an empty book, measured in the same run. src/policy is
 * bundled with Vite and imported (bench/bundle.mjs), as the extension build compiles it.
 */
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { loadBundle, src } from './bundle.mjs';

const ENTRY = `export * from ${src('policy/index.ts')};`;
const ETH = 10n ** 18n;
const HOUR = 3_600_000;
const address = () => `0x${bytesToHex(randomBytes(20))}`;
const pick = (xs, i) => xs[i % xs.length];

function bigRuleSet(n, recipients) {
  const rules = [];
  for (let i = 0; i < n; i++) {
    const when = [
      { kind: 'send', asset: 'ETH', amount: { gt: `${(i % 50) / 10}` } },
      { origin: `*.site${i}.example` },
      { recipient: { tag: pick(['exchange', 'family', 'work', 'de'], i) }, asset: 'ETH' },
      { kind: 'send', asset: 'ETH', window: { per: '24h', total: { gt: `${1 + (i % 7)}` } } },
      { recipient: pick(recipients, i), chainId: 1 },
      { kind: pick(['connect', 'message', 'typed-data', 'approve'], i), origin: `https://app${i}.example` },
    ][i % 6];
    const verdict = pick(['allow', 'confirm', 'confirm-with-password', 'deny'], i);
    // biome-ignore lint/suspicious/noThenProperty: the rule language's field (docs/rules.md), a verdict string.
    rules.push({ id: `r${i}`, when, then: verdict });
  }
  return { v: 1, name: 'bench', rules };
}

function percentiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (x) => Math.round(x * 1000) / 1000;

export async function measurePolicy({ requests = 2000 } = {}) {
  const p = await loadBundle(ENTRY, 'policy');
  const now = Date.UTC(2026, 11, 1, 12);
  const contacts = Array.from({ length: 10_000 }, (_, i) => ({
    name: `Contact ${i}`,
    address: address(),
    tags: [pick(['exchange', 'family', 'work', 'de'], i)],
  }));
  const addressBook = p.createAddressBook(contacts);
  const recipients = contacts.slice(0, 500).map((c) => c.address);
  const account = address();
  const history = Array.from({ length: 1000 }, (_, i) => ({
    at: now - (i % 48) * HOUR,
    asset: p.assetKey('ETH', 1),
    account,
    amount: ETH / 10n,
  }));
  const big = p.parseRuleSet(bigRuleSet(1000, recipients));
  const defaults = p.defaultRuleSet();
  const phishing = p.protectivePhishing();
  const reqs = Array.from({ length: requests }, (_, i) => ({
    origin: `https://app${i % 1200}.example`,
    kind: pick(['send', 'connect', 'message', 'approve'], i),
    chainId: 1,
    account,
    recipient: pick(recipients, i * 7) ?? address(),
    asset: 'ETH',
    amount: BigInt(i % 30) * (ETH / 10n),
  }));
  const run = (ruleSet, context) => {
    for (let i = 0; i < 100; i++) p.evaluate(ruleSet, reqs[i], context); // warm-up
    const out = [];
    for (const r of reqs) {
      const t0 = performance.now();
      p.evaluate(ruleSet, r, context);
      out.push(performance.now() - t0);
    }
    return percentiles(out);
  };
  const loaded = run(big, { now, addressBook, history, phishing });
  const reference = run(defaults, { now, addressBook: p.createAddressBook([]), history: [], phishing });
  const goal = loaded.p95 <= 1 ? 'met' : 'NOT MET';
  return [
    {
      name: 'rule evaluation p95 (1,000 rules, 10,000 contacts)',
      value: ms(loaded.p95),
      unit: 'ms',
      note: `goal ≤ 1 ms (${goal}); p50 ${ms(loaded.p50)} ms; ${requests} requests, 1,000 past sends in the 24 h windows; reference: default rules, empty book p50 ${ms(reference.p50)} / p95 ${ms(reference.p95)} ms in this run`,
    },
  ];
}
