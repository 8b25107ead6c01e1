/**
 * What the selected network's own node said the request would do (eth_simulateV1): the balance
 * changes, or why there are none. Never a third party's guess, so "unsupported" is said plainly.
 */
import type { Simulation } from '../../../src/markup/card';

export function SimulationNote({ simulation }: { simulation: Simulation }) {
  const { status, changes, detail } = simulation;
  if (status === 'unsupported') return <p className="simulation muted">No simulation from this network</p>;
  if (status === 'failed')
    return (
      <p className="simulation risk-note warning">
        The simulation could not run{detail ? ` (${detail})` : ''}. Check the details before you approve.
      </p>
    );
  return (
    <section className="simulation" aria-label="Simulation">
      <h3>Simulated on your network:</h3>
      {status === 'reverted' && (
        <p role="alert" className="risk-note danger">
          It would fail (the transaction reverts){detail ? ': ' : '.'}
          {detail && <span className="mono wrap">{detail}</span>}
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
        status === 'ok' && <p className="muted">No balance changes.</p>
      )}
    </section>
  );
}
