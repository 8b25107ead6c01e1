/**
 * The rule set a new wallet starts with (docs/rules.md "Defaults"): plain rules the user can read,
 * change or delete, on risk codes the cards (src/markup/risks.ts) and detect.ts supply.
 * - a site on the phishing list is denied; a look-alike site needs the password;
 * - `eth_sign` (a signature over a raw hash, which can be a transaction) is denied;
 * - a recipient that imitates one you paid (address poisoning) is denied until it is in the address book;
 * - unlimited approvals and approvals to an account without code (an EOA) need the password;
 * - sends above a daily limit per asset (per account, rolling 24 h) need the password (ETH's on
 *   mainnet and the large rollups only: {@link DAILY_LIMIT_CHAINS}).
 * The three denies are `final`: no more specific rule can soften them. The fixed rules are data
 * (defaults.json); only the daily limits are made here, from the options.
 *
 *   const ruleSet = defaultRuleSet({ dailyLimits: { ETH: '0.5' } });
 *   const context = { now, phishing: protectivePhishing(userLists), history, addressBook };
 */
import guards from './defaults.json';
import { BUNDLED_PHISHING, extendPhishingConfig, type PhishingConfig } from './phishing';
import { parseRuleSet, type Rule, type RuleSet, rule } from './schema';

/** Daily limits per native asset, as decimal strings (a little for a new wallet, not a cap). */
export const DEFAULT_DAILY_LIMITS: Readonly<Record<string, string>> = Object.freeze({
  ETH: '1',
  BTC: '0.01',
  LTC: '1',
});

/**
 * Where a coin's default daily limit applies. ETH's: Ethereum mainnet and the large rollups whose
 * ETH is the same money (OP Mainnet 10, zkSync Era 324, Base 8453, Arbitrum One 42161, Linea 59144,
 * Scroll 534352) — not test networks or a local dev chain (31337), whose coins are worth nothing and
 * whose every send would otherwise ask for the password. BTC and LTC requests carry no chain id.
 */
export const DAILY_LIMIT_CHAINS: Readonly<Record<string, readonly number[]>> = Object.freeze({
  ETH: Object.freeze([1, 10, 324, 8453, 42161, 59144, 534352]),
});

export interface DefaultOptions {
  /** Asset → decimal amount per rolling 24 h above which a send needs the password. */
  dailyLimits?: Readonly<Record<string, string>>;
  name?: string;
}

/** The defaults as a validated, frozen rule set. */
export function defaultRuleSet({
  dailyLimits = DEFAULT_DAILY_LIMITS,
  name = 'Ringfence defaults',
}: DefaultOptions = {}): RuleSet {
  const limits: Rule[] = Object.entries(dailyLimits).map(([asset, limit]) =>
    rule(
      `daily-limit-${asset}`,
      {
        kind: 'send',
        asset,
        ...(DAILY_LIMIT_CHAINS[asset] ? { chainId: [...DAILY_LIMIT_CHAINS[asset]] } : {}),
        window: { per: '24h', total: { gt: limit } },
      },
      'confirm-with-password',
      {
        description: `Sending more than ${limit} ${asset} in 24 hours needs the password`,
      },
    ),
  );
  return parseRuleSet({ ...guards, name, rules: [...guards.rules, ...limits] }, 'defaults');
}

/** The bundled phishing list extended by the user's own entries (each list optional). */
export function protectivePhishing(
  user: Partial<Pick<PhishingConfig, 'blacklist' | 'whitelist' | 'fuzzylist'>> = {},
): PhishingConfig {
  return extendPhishingConfig(BUNDLED_PHISHING, user);
}
