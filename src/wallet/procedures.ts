/**
 * The ring's implementation of every popup procedure: thin adapters from the declared contract
 * (src/rpc/procedures) to the wallet operations, each answering a Labeled value that the
 * procedure server emits through the popup sink.
 */
import { backendConfig, type StoredBackend } from '../chains/utxo/backendSettings';
import { createBackend, UTXO_NETWORKS } from '../chains/utxo/index';
import type { UtxoNetworkId } from '../chains/utxo/networks';
import { labeled } from '../ring';
import type { Implementations } from '../rpc/procedures/server';
import type { NetworkService } from '../services/networks';
import * as accounts from './accounts';
import { refreshUtxoActivity } from './activity';
import * as blockedSites from './blockedSites';
import type { WalletContext } from './context';
import { type DappProcedureDeps, dappProcedures } from './dappProcedures';
import { requireUnlocked } from './errors';
import {
  confirmEvmSend,
  EVM_REVIEW_PREFIX,
  type EvmSendDeps,
  parseEvmAssetId,
  reviewEvmSend,
} from './evmSend';
import { guardianProcedures } from './guardianProcedures';
import * as lifecycle from './lifecycle';
import * as password from './password';
import { portfolio } from './portfolio';
import * as priceFeeds from './priceFeeds';
import { receiveAddresses } from './receive';
import * as rules from './rulesProcedures';
import { sendAssets } from './sendAssets';
import * as settings from './settings';
import * as utxo from './utxoNetworks';
import * as utxoSend from './utxoSend';
import { watchToken } from './watchToken';

export function walletProcedures(
  ctx: WalletContext,
  networks: NetworkService,
  dapp: DappProcedureDeps,
): Implementations {
  const makeBackend = (stored: StoredBackend, id: UtxoNetworkId) =>
    createBackend(backendConfig(stored, UTXO_NETWORKS[id]));
  const status = async () => labeled('private', await lifecycle.walletStatus(ctx));
  const evm: EvmSendDeps = {
    ring: ctx.ring,
    rpc: dapp.rpc,
    wallet: dapp.wallet,
    selectedNetwork: networks.selected,
    now: Date.now,
  };
  return {
    getStatus: status,
    beginCreate: ({ words }) => lifecycle.beginCreate(ctx, words),
    finishCreate: async ({ confirmation, password: pw }) => {
      await lifecycle.finishCreate(ctx, confirmation, pw);
      return status();
    },
    importWallet: async ({ phrase, password: pw, passphrase }) => {
      await lifecycle.importWallet(ctx, phrase, pw, passphrase);
      return status();
    },
    unlock: async ({ password: pw }) => {
      await lifecycle.unlock(ctx, pw);
      return status();
    },
    lock: async () => {
      lifecycle.lock(ctx);
      return status();
    },
    getAccounts: async (window) => accounts.accountsView(ctx, requireUnlocked(ctx.session), window),
    addAccount: ({ name }) => accounts.addAccount(ctx, name),
    importAccount: ({ privateKey, name }) => accounts.importAccount(ctx, privateKey, name),
    renameAccount: ({ id, name }) => accounts.renameAccount(ctx, id, name),
    selectAccount: ({ id }) => accounts.selectAccount(ctx, id),
    revealPhrase: ({ password: pw }) => password.revealPhrase(ctx, pw),
    changePassword: async ({ current, next }) => {
      await password.changePassword(ctx, current, next);
      return labeled('private', { changed: true as const });
    },
    getSettings: async () => settings.settingsView(ctx),
    setAutoLock: ({ minutes }) => settings.setAutoLock(ctx, minutes),
    getAuditLog: async ({ kind, limit }) => {
      requireUnlocked(ctx.session);
      const log = ctx.ring.audit;
      const entries = log.query({ ...(kind ? { kind } : {}), limit: limit ?? 200 });
      return labeled('private', { version: log.version, intact: log.verify().ok, entries });
    },
    getNetworks: async () => labeled('private', await networks.view()),
    selectNetwork: async ({ id }) => labeled('private', await networks.select(id)),
    setRpcUrl: async ({ id, rpcUrl }) => labeled('private', await networks.setRpcUrl(id, rpcUrl)),
    ...withUtxoRefresh(dappProcedures(ctx, dapp), () => refreshUtxoActivity(ctx, makeBackend)),
    ...guardianProcedures(ctx),
    getReceiveAddresses: async () => receiveAddresses(ctx),
    getUtxoNetworks: async () => utxo.getUtxoNetworks(ctx),
    setUtxoBackend: (input) => utxo.setUtxoBackend(ctx, input),
    getPortfolio: ({ prices }) =>
      portfolio(
        ctx,
        {
          rpc: dapp.rpc,
          selectedNetwork: networks.selected,
          networks: networks.list,
          nowSeconds: () => Math.floor(Date.now() / 1000),
          backend: makeBackend,
        },
        prices,
      ),
    getSendAssets: async () => sendAssets(ctx, await networks.selected()),
    watchToken: async ({ address }) => {
      requireUnlocked(ctx.session);
      return watchToken(dapp.rpc, dapp.wallet, await networks.selected(), address);
    },
    reviewSend: (input) =>
      parseEvmAssetId(input.asset)
        ? reviewEvmSend(ctx, evm, input)
        : utxoSend.reviewSend(ctx, makeBackend, input),
    confirmSend: ({ id, decision, fees }) =>
      id.startsWith(EVM_REVIEW_PREFIX)
        ? confirmEvmSend(ctx, evm, id, decision, fees)
        : utxoSend.confirmSend(ctx, id, decision),
    getPriceFeeds: async () => priceFeeds.getPriceFeeds(ctx),
    setPriceFeeds: async (input) => priceFeeds.setPriceFeeds(ctx, await networks.list(), input),
    getRules: async () => rules.getRules(ctx),
    saveRules: (input) => rules.saveRules(ctx, input),
    getRuleHistory: async () => rules.getRuleHistory(ctx),
    diffRuleVersions: async (input) => rules.diffRuleVersions(ctx, input),
    rollbackRules: (input) => rules.rollbackRules(ctx, input),
    askRules: async (input) => rules.askRules(ctx, await networks.selected(), input),
    getAddressBook: async () => rules.getAddressBook(ctx),
    addContact: (input) => rules.addContact(ctx, input),
    removeContact: (input) => rules.removeContact(ctx, input),
    getBlockedSites: async () => blockedSites.getBlockedSites(ctx),
    changeBlockedSites: (input) => blockedSites.changeBlockedSites(ctx, input),
  };
}

/** getActivity also re-checks pending Bitcoin and Litecoin payments (the dapp side knows only EVM). */
function withUtxoRefresh<T extends { getActivity: () => Promise<unknown> }>(
  procs: T,
  refresh: () => Promise<void>,
): T {
  return {
    ...procs,
    getActivity: async () => {
      await refresh();
      return procs.getActivity();
    },
  };
}
