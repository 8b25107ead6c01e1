/**
 * Which origins hear provider events: only connected ones. Grants are encrypted, so the worker
 * remembers the connected origins it saw while unlocked; on lock they are told `accountsChanged
 * []` (nothing is exposed while locked), on unlock they get their accounts back.
 */
import type { ProviderEvent } from '../../src/rpc/relayProtocol';
import type { DappWallet } from '../../src/wallet/dappWallet';

type Emit = (origin: string, event: ProviderEvent, data: unknown) => void;

export function trackConnectedPages(wallet: DappWallet, emit: Emit) {
  const connected = new Set<string>();
  wallet.onChange((state) => {
    if (state === 'unlocked') {
      for (const origin of wallet.connectedOrigins()) {
        connected.add(origin);
        emit(origin, 'accountsChanged', wallet.granted(origin));
      }
    } else {
      for (const origin of connected) emit(origin, 'accountsChanged', []);
    }
  });
  return {
    /** Sends one origin an event and keeps the connected set in step with accountsChanged. */
    emit(origin: string, event: ProviderEvent, data: unknown): void {
      if (event === 'accountsChanged') {
        if (Array.isArray(data) && data.length > 0) connected.add(origin);
        else connected.delete(origin);
      }
      emit(origin, event, data);
    },
    broadcastToConnected(event: ProviderEvent, data: unknown): void {
      for (const origin of connected) emit(origin, event, data);
    },
  };
}
