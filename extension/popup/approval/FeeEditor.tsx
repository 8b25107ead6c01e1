/**
 * A transaction card's fees: the most it can cost, and an "Edit fees" disclosure with the
 * EIP-1559 max fee and priority fee (or a legacy gas price), prefilled with the ring's suggestion.
 */
import { useId } from 'react';
import type { FeeChoice } from '../../../src/markup/card';
import { type FeeDraft, type FeeState, feeDraft, maxCostFor } from './fees';

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
  const invalid = state.edited && state.problem !== null;
  const field = (key: keyof FeeDraft, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
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
    <section className="fees" aria-label="Network fee">
      <dl className="facts">
        <div>
          <dt>{state.edited ? 'Max cost (your fees)' : 'Max cost'}</dt>
          <dd className="strong">{cost ?? '—'}</dd>
        </div>
        <div>
          <dt>Gas limit</dt>
          <dd>{fees.gasLimit}</dd>
        </div>
      </dl>
      <details className="fold">
        <summary>Edit fees</summary>
        <div className="stack">
          {fees.type === 'legacy' ? (
            field('gasPrice', 'Gas price (gwei)')
          ) : (
            <>
              {field('maxFee', 'Max fee (gwei)')}
              {field('priorityFee', 'Priority fee (gwei)')}
            </>
          )}
          {/* Polite, not an alert: it changes with every keystroke. */}
          <p id={`${id}-problem`} className={invalid ? 'hint error' : 'hint'} aria-live="polite">
            {invalid ? state.problem : 'The network may charge less; never more than the max cost.'}
          </p>
          {state.edited && (
            <button
              type="button"
              className="link"
              disabled={disabled}
              onClick={() => onChange(feeDraft(fees))}
            >
              Use the suggested fees
            </button>
          )}
        </div>
      </details>
    </section>
  );
}
