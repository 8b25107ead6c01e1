/**
 * What the selected network's own node said the request would do (eth_simulateV1): the balance
 * changes, or why there are none. Never a third party's guess, so "unsupported" is said plainly.
 */
import type { Simulation } from '../../../src/markup/card';
import { t } from '../i18n';

export function SimulationNote({ simulation }: { simulation: Simulation }) {
  const { status, changes, detail } = simulation;
  if (status === 'unsupported') return <p className="simulation muted">{t('simulationUnsupported')}</p>;
  if (status === 'failed')
    return (
      <p className="simulation risk-note warning">
        {detail ? t('simulationFailedDetail', detail) : t('simulationFailed')}
      </p>
    );
  return (
    <section className="simulation" aria-label={t('simulationLabel')}>
      <h3>{t('simulationTitle')}</h3>
      {status === 'reverted' && (
        <p role="alert" className="risk-note danger">
          {detail ? (
            <>
              {t('simulationRevertsBecause')} <span className="mono wrap">{detail}</span>
            </>
          ) : (
            t('simulationReverts')
          )}
        </p>
      )}
      {changes.length > 0 ? (
        <ul className="changes">
          {changes.map((change, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same change may appear twice; order is identity.
            <li key={index}>{change}</li>
          ))}
        </ul>
      ) : (
        status === 'ok' && <p className="muted">{t('simulationNoChanges')}</p>
      )}
    </section>
  );
}
