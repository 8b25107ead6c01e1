/**
 * The card's "Why?" (docs/rules.md): the verdict the ring's rules gave and the rules that matched,
 * deciding ones first. Folded: the card's own lines come first; the password gate names the rule
 * where it matters.
 */
import type { CardPolicy } from '../../../src/markup/card';
import { t } from '../i18n';

const VERDICT_TEXT: Record<CardPolicy['verdict'], () => string> = {
  allow: () => t('policyAllowed'),
  confirm: () => t('policyConfirm'),
  'confirm-with-password': () => t('policyPassword'),
  deny: () => t('policyDenied'),
};

export function PolicyWhy({ policy }: { policy: CardPolicy }) {
  return (
    <details className="fold policy-why">
      <summary>{t('policyWhy')}</summary>
      <p>{t('policyVerdict', VERDICT_TEXT[policy.verdict]())}</p>
      <ul>
        {policy.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {policy.matched.length > 0 && (
        <ul aria-label={t('policyMatchedRules')}>
          {policy.matched.map((m) => (
            <li key={m.ruleId}>
              {/* The rule's id and verdict are the rule file's own words. */}
              <code>{m.ruleId}</code> → <span translate="no">{m.verdict}</span>
              {m.decisive ? ` ${t('policyDecided')}` : ''}: {m.reason}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
