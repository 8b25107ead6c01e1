/**
 * The card's "Why?" (docs/rules.md): the verdict the ring's rules gave and the rules that matched,
 * deciding ones first. Folded: the card's own lines come first; the password gate names the rule
 * where it matters.
 */
import type { CardPolicy } from '../../../src/markup/card';

const VERDICT_TEXT: Record<CardPolicy['verdict'], string> = {
  allow: 'allowed',
  confirm: 'asks you to confirm',
  'confirm-with-password': 'asks for your password',
  deny: 'refused',
};

export function PolicyWhy({ policy }: { policy: CardPolicy }) {
  return (
    <details className="fold policy-why">
      <summary>Why?</summary>
      <p>The rules: {VERDICT_TEXT[policy.verdict]}.</p>
      <ul>
        {policy.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {policy.matched.length > 0 && (
        <ul aria-label="Matched rules">
          {policy.matched.map((m) => (
            <li key={m.ruleId}>
              <code>{m.ruleId}</code> → {m.verdict}
              {m.decisive ? ' (decided)' : ''}: {m.reason}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
