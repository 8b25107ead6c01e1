/**
 * A transaction card's fees: the most it can cost, and an "Edit fees" disclosure with the
 * EIP-1559 max fee and priority fee (or a legacy gas price), prefilled with the ring's suggestion.
 */
import { useId } from 'react';
import type { FeeChoice } from '../../../src/markup/card';
import { t } from '../i18n';
import { type FeeDraft, type FeeField, type FeeProblem, type FeeState, feeDraft, maxCostFor } from './fees';

const FIELD_LABEL = {
  maxFee: () => t('feeMaxFeeLabel'),
  priorityFee: () => t('feePriorityFeeLabel'),
  gasPrice: () => t('feeGasPriceLabel'),
} satisfies Record<FeeField, () => string>;
const FIELD_NAME = {
  maxFee: () => t('feeMaxFeeName'),
  priorityFee: () => t('feePriorityFeeName'),
  gasPrice: () => t('feeGasPriceName'),
} satisfies Record<FeeField, () => string>;

/** 'Max fee: expected gwei like "1.5", got "1e9"', in the user's language. */
function problemText(problem: FeeProblem): string {
  return problem.reason === 'above-max-fee'
    ? t('feePriorityAboveMax')
    : t('feeNotGwei', FIELD_NAME[problem.field](), problem.got);
}

interface Props {
  fees: FeeChoice;
  draft: FeeDraft;
  state: FeeState;
  onChange(draft: FeeDraft): void;
  disabled: boolean;
}

export function FeeEditor({ fees, draft, state, onChange, disabled }: Props) {
  const id = useId();
  const cost = state.edited ? maxCostFor(fees, draft) : fees.maxCost;
  const problem = state.edited ? state.problem : null;
  const invalid = problem !== null;
  const field = (key: FeeField) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{FIELD_LABEL[key]()}</label>
      <input
        id={`${id}-${key}`}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft[key]}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-problem`}
        onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
      />
    </div>
  );

  return (
    <section className="fees" aria-label={t('feeSectionLabel')}>
      <dl className="facts">
        <div>
          <dt>{state.edited ? t('feeMaxCostEdited') : t('feeMaxCost')}</dt>
          <dd className="strong">{cost ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('feeGasLimit')}</dt>
          <dd>{fees.gasLimit}</dd>
        </div>
      </dl>
      <details className="fold">
        <summary>{t('feeEdit')}</summary>
        <div className="stack">
          {fees.type === 'legacy' ? (
            field('gasPrice')
          ) : (
            <>
              {field('maxFee')}
              {field('priorityFee')}
            </>
          )}
          {/* Polite, not an alert: it changes with every keystroke. */}
          <p id={`${id}-problem`} className={invalid ? 'hint error' : 'hint'} aria-live="polite">
            {problem ? problemText(problem) : t('feeHint')}
          </p>
          {state.edited && (
            <button
              type="button"
              className="link"
              disabled={disabled}
              onClick={() => onChange(feeDraft(fees))}
            >
              {t('feeUseSuggested')}
            </button>
          )}
        </div>
      </details>
    </section>
  );
}
