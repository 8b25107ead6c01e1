/**
 * The UTXO networks' backends in the wallet's private state (sealed in the vault): read for the
 * Networks screen (no password comes out), and changed by the user.
 */
import { backendOf, isUtxoNetworkId, setBackend } from '../chains/utxo/backendSettings';
import { UTXO_NETWORKS, type UtxoNetworkId } from '../chains/utxo/networks';
import { ProcedureError } from '../errors';
import { mapLabeled } from '../ring';
import type { UtxoNetworksView } from '../rpc/procedures/utxoNetworks';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { saveState } from './persist';
import type { PrivateState } from './privateState';

function view(state: PrivateState): UtxoNetworksView {
  return {
    networks: (Object.keys(UTXO_NETWORKS) as UtxoNetworkId[]).map((id) => {
      const b = backendOf(state.utxoBackends, id);
      const n = UTXO_NETWORKS[id];
      return {
        id,
        name: n.name,
        symbol: n.symbol,
        backend: b.kind,
        url: b.url,
        user: b.user ?? '',
        hasPassword: b.kind === 'node' && (b.password ?? '') !== '',
      };
    }),
  };
}

export function getUtxoNetworks(ctx: WalletContext) {
  return mapLabeled(requireUnlocked(ctx.session).state, view);
}

export async function setUtxoBackend(
  ctx: WalletContext,
  input: { id: string; backend: 'esplora' | 'node'; url: string; user?: string; password?: string },
) {
  const session = requireUnlocked(ctx.session);
  if (!isUtxoNetworkId(input.id))
    throw new ProcedureError('INVALID_INPUT', `id: no UTXO network "${input.id.slice(0, 40)}"`);
  const id = input.id;
  session.state = mapLabeled(session.state, (s) => ({
    ...s,
    utxoBackends: setBackend(s.utxoBackends, id, {
      kind: input.backend,
      url: input.url,
      ...(input.user !== undefined ? { user: input.user } : {}),
      ...(input.password !== undefined ? { password: input.password } : {}),
    }),
  }));
  await saveState(ctx, session, `set the ${UTXO_NETWORKS[id].name} backend`);
  ctx.ring.audit.append({ kind: 'utxo-backend-set', detail: `${UTXO_NETWORKS[id].name}: ${input.backend}` });
  return getUtxoNetworks(ctx);
}
