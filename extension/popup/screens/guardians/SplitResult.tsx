/** The envelopes of a split just made, each with its guardian kit; secret while paper. */
import { useId } from 'react';
import type { GuardiansView } from '../../../../src/rpc/procedures/guardians';
import { t } from '../../i18n';
import { type Envelope, EnvelopeKit } from './EnvelopeKit';
import { tParts } from './tParts';

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
  const threshold = split?.threshold ?? count;
  const paper = result.envelopes.filter((e) => !e.sealed).length;
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{t('guardiansResultTitle')}</h2>
      <p>
        {tParts(
          'guardiansResultIntro',
          split ? <span className="mono">{split.tag}</span> : '',
          threshold,
          count,
        )}
      </p>
      {paper > 0 && <p className="warning">{t('guardiansResultPaperWarning', threshold)}</p>}
      <ul className="list">
        {result.envelopes.map((envelope) => (
          <li key={envelope.index} className="list-item">
            <EnvelopeKit
              envelope={envelope}
              threshold={threshold}
              count={count}
              label={label}
              words={split?.guardians.find((g) => g.index === envelope.index)?.words}
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDone}>
        {t('guardiansResultDone')}
      </button>
    </section>
  );
}
