import { useId } from 'react';
import type { NetworksView } from '../../src/rpc/procedures/networks';
import { hueOf } from './components/identicon';
import { t } from './i18n';

interface Props {
  view: NetworksView;
  onSelect(id: string): void;
}

/** The network picker in the popup header: a coloured dot (from the network's name) and a select. */
export function NetworkPicker({ view, onSelect }: Props) {
  const id = useId();
  const selected = view.networks.find((network) => network.id === view.selectedId);
  return (
    <div className="network-picker">
      <label htmlFor={id} className="visually-hidden">
        {t('networkLabel')}
      </label>
      <span
        className="network-dot"
        aria-hidden="true"
        style={{ background: `oklch(62% 0.16 ${hueOf(selected?.name ?? '')})` }}
      />
      <select
        id={id}
        value={view.selectedId}
        title={selected && t('networkRpcUrl', selected.rpcUrl)}
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
