/**
 * Settings: auto-lock, password, revealing the recovery phrase, the EVM networks' RPC URLs, the UTXO
 * backends and the price feeds.
 */
import type { NetworksView } from '../../../src/rpc/procedures/networks';
import { ScreenHeader } from '../components/ScreenHeader';
import { t } from '../i18n';
import { AutoLockForm } from './settings/AutoLockForm';
import { ChangePasswordForm } from './settings/ChangePasswordForm';
import { NetworksForm } from './settings/NetworksForm';
import { PriceFeedsForm } from './settings/PriceFeedsForm';
import { RevealPhrase } from './settings/RevealPhrase';
import { UtxoNetworksForm } from './settings/UtxoNetworksForm';

interface Props {
  onBack(): void;
  /** The app's copy of the networks, shared with the header picker. */
  networks: NetworksView | null;
  onNetworksChange(view: NetworksView): void;
}

export function Settings({ onBack, networks, onNetworksChange }: Props) {
  return (
    <section className="stack" aria-labelledby="settings-title">
      <ScreenHeader id="settings-title" title={t('settingsTitle')} onBack={onBack} />
      <AutoLockForm />
      <ChangePasswordForm />
      <RevealPhrase />
      <NetworksForm view={networks} onChange={onNetworksChange} />
      <UtxoNetworksForm />
      <PriceFeedsForm networks={networks} />
    </section>
  );
}
