import { useId } from 'react';
import type { NetworksView } from '../../src/rpc/procedures/networks';

interface Props {
  view: NetworksView;
  onSelect(id: string): void;
}

/** The network picker in the popup header. */
export function NetworkPicker({ view, onSelect }: Props) {
  const id = useId();
  return (
    <div className="network-picker">
      <label htmlFor={id}>Network</label>
      <select id={id} value={view.selectedId} onChange={(event) => onSelect(event.target.value)}>
        {view.networks.map((network) => (
          <option key={network.id} value={network.id}>
            {network.name} ({network.chainId})
          </option>
        ))}
      </select>
    </div>
  );
}
