/**
 * A card's risks, the worst first. The level is said three ways (colour, icon, word) so it does
 * not depend on seeing colour; a danger is an alert, read out as soon as the card appears.
 */
import type { Risk, RiskLevel } from '../../../src/markup/card';
import { t } from '../i18n';

const LEVEL: Record<RiskLevel, { word: () => string; icon: string; rank: number }> = {
  danger: { word: () => t('riskDanger'), icon: '!', rank: 0 },
  warning: { word: () => t('riskWarning'), icon: '!', rank: 1 },
  info: { word: () => t('riskNote'), icon: 'i', rank: 2 },
};

export function RiskNotes({ risks }: { risks: readonly Risk[] }) {
  if (risks.length === 0) return null;
  const sorted = risks.toSorted((a, b) => LEVEL[a.level].rank - LEVEL[b.level].rank);
  return (
    <ul className="risks" aria-label={t('riskList')}>
      {sorted.map((risk, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a code may repeat (two unlimited approvals in a batch).
        <li key={`${risk.code}-${index}`} className={`risk ${risk.level}`}>
          <span className="risk-icon" aria-hidden="true">
            {LEVEL[risk.level].icon}
          </span>
          <p role={risk.level === 'danger' ? 'alert' : undefined}>
            <strong className="risk-level">{LEVEL[risk.level].word()}</strong> {risk.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
