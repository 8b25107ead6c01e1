/**
 * The ring's side of the approval window, Connected sites and Activity procedures. The window
 * sees the queue's cards (private: the user's own screen) and sends back only a decision and the
 * user's choices; what is signed is decided from the stored request.
 */
import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import type { Network } from '../chains/evm/networks';
import { ProcedureError } from '../errors';
import { labeled, provePassword } from '../ring';
import type { ApprovalQueue } from '../rpc/approvals';
import type { ProviderEvent } from '../rpc/relayProtocol';
import type { WalletContext } from './context';
import type { DappWallet } from './dappWallet';
import { requireUnlocked } from './errors';
import { sitesView } from './sites';

export interface DappProcedureDeps {
  approvals: ApprovalQueue;
  wallet: DappWallet;
  rpc: JsonRpcCall;
  networks: () => Promise<Network[]>;
  emitEvent(origin: string, event: ProviderEvent, data: unknown): void;
}

export function dappProcedures(ctx: WalletContext, deps: DappProcedureDeps) {
  const queueView = () => labeled('private', deps.approvals.view());

  async function refreshPending(): Promise<void> {
    const pending = deps.wallet.activity().filter((a) => a.status === 'pending' && a.chainId !== undefined);
    if (pending.length === 0) return;
    const networks = await deps.networks();
    await Promise.all(
      pending.map(async (item) => {
        const network = networks.find((n) => n.chainId === item.chainId);
        if (!network) return;
        const receipt = (await deps
          .rpc(network.rpcUrl, 'eth_getTransactionReceipt', [item.hash])
          .catch(() => null)) as {
          status?: string;
        } | null;
        if (receipt)
          await deps.wallet.updateActivity(item.hash, receipt.status === '0x1' ? 'mined' : 'failed');
      }),
    );
  }

  return {
    getApprovals: async () => queueView(),
    resolveApproval: async (input: {
      id: string;
      decision: 'approve' | 'reject';
      accounts?: string[];
      fees?: { maxFeePerGasGwei?: string; maxPriorityFeePerGasGwei?: string; gasPriceGwei?: string };
      password?: string;
    }) => {
      requireUnlocked(ctx.session);
      const { id, decision, password, ...answer } = input;
      // A rule asked for the password: a missing or wrong one is refused and the request stays pending.
      const pending = deps.approvals.list().find((r) => r.id === id);
      if (decision === 'approve' && pending?.needsPassword) {
        if (!password) throw new ProcedureError('BAD_PASSWORD', 'Type your password to approve this request');
        await provePassword(ctx.store, password, { now: ctx.now }); // throws: wrong password, throttled
        ctx.ring.audit.append({
          kind: 'policy-password',
          detail: `password re-entered for ${pending.origin}`,
        });
      }
      if (!deps.approvals.resolve(id, decision, answer))
        throw new ProcedureError('NOT_PENDING', 'This request is no longer pending');
      return queueView();
    },
    getConnectedSites: async () => sitesView(ctx),
    revokeSite: async ({ origin }: { origin: string }) => {
      if (await deps.wallet.revoke(origin)) deps.emitEvent(origin, 'accountsChanged', []);
      return sitesView(ctx);
    },
    getActivity: async () => {
      requireUnlocked(ctx.session);
      await refreshPending();
      return labeled('private', {
        items: deps.wallet.activity().map(({ batchId: _b, utxoNetwork: _u, ...item }) => item),
      });
    },
  };
}
