/** The envelopes of a split just made, each with its guardian kit; secret while paper. */
import { useId } from 'react';
import type { GuardiansView } from '../../../../src/rpc/procedures/guardians';
import { type Envelope, EnvelopeKit } from './EnvelopeKit';

export interface SplitOutput {
  envelopes: Envelope[];
  guardians: GuardiansView;
}

interface Props {
  result: SplitOutput;
  /** The owner's name for the printed kits. */
  label: string;
  onDone(): void;
}

export function SplitResult({ result, label, onDone }: Props) {
  const id = useId();
  const split = result.guardians.split;
  const count = result.envelopes.length;
  const t = split?.threshold ?? count;
  const paper = result.envelopes.filter((e) => !e.sealed).length;
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>Your guardian envelopes</h2>
      <p>
        Split {split && <span className="mono">{split.tag}</span>}: any {t} of {count} restore your wallet.
        Give each envelope to a different guardian.
      </p>
      {paper > 0 && (
        <p className="warning">
          Paper envelopes are secret. Anyone with {t} of these can take your funds. Print or write each one,
          hand it over, and close this screen.
        </p>
      )}
      <ul className="list">
        {result.envelopes.map((envelope) => (
          <li key={envelope.index} className="list-item">
            <EnvelopeKit
              envelope={envelope}
              threshold={t}
              count={count}
              label={label}
              words={split?.guardians.find((g) => g.index === envelope.index)?.words}
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
