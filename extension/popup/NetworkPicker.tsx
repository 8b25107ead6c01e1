import { useId } from 'react';
import type { NetworksView } from '../../src/rpc/procedures/networks';

interface Props {
  view: NetworksView;
  onSelect(id: string): void;
}

/** The network picker in the popup header. */
export function NetworkPicker({ view, onSelect }: Props) {
  const id = useId();
  const selected = view.networks.find((network) => network.id === view.selectedId);
  return (
    <div className="network-picker">
      <label htmlFor={id}>Network</label>
      <select
        id={id}
        value={view.selectedId}
        title={selected && `RPC URL: ${selected.rpcUrl}`}
        onChange={(event) => onSelect(event.target.value)}
      >
        {view.networks.map((network) => (
          <option key={network.id} value={network.id} title={network.rpcUrl}>
            {network.name} ({network.chainId})
          </option>
        ))}
      </select>
    </div>
  );
}
