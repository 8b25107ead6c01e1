/**
 * The portfolio (issue 9): the selected account's native balance on the selected EVM network, its
 * watched ERC-20 tokens there, and account 0 on every UTXO network the user chose a backend for.
 * Networks without a chosen backend are not asked (no server learns the addresses by default).
 * A balance that cannot be read is shown as unavailable, with the reason; never guessed. Each item
 * carries its US-dollar value from the symbol's on-chain price feed (./fiat), and the total says
 * which items it leaves out.
 */

import type { JsonRpcCall } from '../chains/evm/jsonRpc';
import type { Network } from '../chains/evm/networks';
import { DEFAULT_PRICE_FEEDS, effectiveFeeds, isTestChain } from '../chains/evm/priceFeedSettings';
import type { UtxoBackend } from '../chains/utxo/backend';
import { backendOf, isUtxoNetworkId, type StoredBackend } from '../chains/utxo/backendSettings';
import { UTXO_NETWORKS, type UtxoNetworkId } from '../chains/utxo/networks';
import { formatUnits } from '../markup/format';
import { labeled, mapLabeled } from '../ring';
import type { PortfolioView } from '../rpc/procedures/portfolio';
import { selectedAccount } from './accountList';
import type { WalletContext } from './context';
import { requireUnlocked } from './errors';
import { fiatValues, type Holding } from './fiat';
import { readInWorker } from './read';
import { accountCoins } from './utxoAccount';

export interface PortfolioDeps {
  rpc: JsonRpcCall;
  selectedNetwork(): Promise<Network>;
  /** Every EVM network: a price feed is read through its own network's RPC. */
  networks(): Promise<Network[]>;
  nowSeconds(): number;
  backend(config: StoredBackend, id: UtxoNetworkId): UtxoBackend;
}

type Item = Omit<PortfolioView['items'][number], 'value' | 'price' | 'priceNote'>;
const reason = (e: unknown) => (e instanceof Error ? e.message : 'unreadable').slice(0, 200);
const BALANCE_OF = '0x70a08231';

export async function portfolio(ctx: WalletContext, deps: PortfolioDeps, withPrices = true) {
  const session = requireUnlocked(ctx.session);
  const state = readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s),
    'portfolio',
  );
  const account = selectedAccount(state.accounts);
  const network = await deps.selectedNetwork();
  const items: Item[] = [];
  const holdings: Holding[] = [];
  const evm = async (symbol: string, read: () => Promise<bigint>, decimals: number) => {
    try {
      const amount = await read();
      items.push({ symbol, network: network.name, amount: formatUnits(amount, decimals) });
      holdings.push({ symbol, network: network.name, amount, decimals, test: isTestChain(network.chainId) });
    } catch (e) {
      items.push({ symbol, network: network.name, unavailable: reason(e) });
      holdings.push({ symbol, network: network.name, decimals });
    }
  };
  if (account) {
    await evm(
      network.symbol,
      async () =>
        BigInt((await deps.rpc(network.rpcUrl, 'eth_getBalance', [account.address, 'latest'])) as string),
      network.decimals,
    );
    for (const asset of state.assets.filter((a) => a.chainId === network.chainId)) {
      const data = `${BALANCE_OF}${account.address.slice(2).toLowerCase().padStart(64, '0')}`;
      await evm(
        asset.symbol,
        async () =>
          BigInt(
            (await deps.rpc(network.rpcUrl, 'eth_call', [{ to: asset.address, data }, 'latest'])) as string,
          ),
        asset.decimals,
      );
    }
  }
  const chosen = Object.keys(state.utxoBackends ?? {}).filter(isUtxoNetworkId);
  for (const id of chosen) {
    const net = UTXO_NETWORKS[id];
    try {
      const coins = await accountCoins(ctx, session, id, deps.backend(backendOf(state.utxoBackends, id), id));
      items.push({
        symbol: net.symbol,
        network: net.name,
        amount: formatUnits(coins.spendable, 8),
        ...(coins.pending > 0n ? { pending: formatUnits(coins.pending, 8) } : {}),
      });
      // SLIP-44 coin type 1 is every test network's.
      const test = net.coinType === 1;
      holdings.push({ symbol: net.symbol, network: net.name, amount: coins.spendable, decimals: 8, test });
    } catch (e) {
      items.push({ symbol: net.symbol, network: net.name, unavailable: reason(e) });
      holdings.push({ symbol: net.symbol, network: net.name, decimals: 8 });
    }
  }
  const notConfigured = (Object.keys(UTXO_NETWORKS) as UtxoNetworkId[])
    .filter((id) => !chosen.includes(id))
    .map((id) => UTXO_NETWORKS[id].name);
  // Balances first: the popup shows them at once and asks again with prices (feeds can be slow).
  if (!withPrices) return labeled('private', { items, notConfigured } satisfies PortfolioView);
  const { values, total } = await fiatValues(holdings, effectiveFeeds(state.priceFeeds), {
    rpc: deps.rpc,
    networks: await deps.networks(),
    nowSeconds: deps.nowSeconds(),
    defaults: new Set(
      Object.keys(DEFAULT_PRICE_FEEDS).filter((symbol) => state.priceFeeds?.[symbol] === undefined),
    ),
  });
  const priced = items.map((item, i) => ({ ...item, ...values[i] }));
  return labeled('private', { items: priced, notConfigured, total } satisfies PortfolioView);
}
