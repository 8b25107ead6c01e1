/**
 * Every popup↔ring procedure. The ring serves exactly this list (no other name is dispatchable)
 * and the popup calls only these declarations.
 */
import { addAccount, getAccounts, importAccount, renameAccount, selectAccount } from './accounts';
import { addContact, getAddressBook, removeContact } from './addressBook';
import { getApprovals, resolveApproval } from './approvals';
import { getAuditLog } from './audit';
import { changeBlockedSites, getBlockedSites } from './blockedSites';
import {
  answerChallenge,
  deleteEnvelope,
  getGuardianCode,
  getGuardianInbox,
  getGuardians,
  keepEnvelope,
  makeHealthChallenge,
  releaseShare,
  splitToGuardians,
  verifyHealthResponse,
} from './guardians';
import { beginCreate, finishCreate, importWallet, lock, unlock } from './lifecycle';
import { getNetworks, selectNetwork, setRpcUrl } from './networks';
import { changePassword, revealPhrase } from './passwordGated';
import { getPortfolio, watchToken } from './portfolio';
import { getPriceFeeds, setPriceFeeds } from './priceFeeds';
import { getReceiveAddresses } from './receive';
import { createRecoveryRequest, getRecoveryRequest, recoverWallet } from './recovery';
import { askRules, diffRuleVersions, getRuleHistory, getRules, rollbackRules, saveRules } from './rules';
import { confirmSend, getSendAssets, reviewSend } from './send';
import { getSettings, setAutoLock } from './settings';
import { getActivity, getConnectedSites, revokeSite } from './sites';
import { getStatus } from './status';
import { getUtxoNetworks, setUtxoBackend } from './utxoNetworks';

export const PROCEDURES = {
  getStatus,
  beginCreate,
  finishCreate,
  importWallet,
  unlock,
  lock,
  getAccounts,
  addAccount,
  importAccount,
  renameAccount,
  selectAccount,
  revealPhrase,
  changePassword,
  getSettings,
  setAutoLock,
  getAuditLog,
  getNetworks,
  selectNetwork,
  setRpcUrl,
  getApprovals,
  resolveApproval,
  getConnectedSites,
  revokeSite,
  getActivity,
  getGuardians,
  splitToGuardians,
  makeHealthChallenge,
  verifyHealthResponse,
  getGuardianCode,
  getGuardianInbox,
  keepEnvelope,
  deleteEnvelope,
  releaseShare,
  answerChallenge,
  getRecoveryRequest,
  createRecoveryRequest,
  recoverWallet,
  getReceiveAddresses,
  getUtxoNetworks,
  setUtxoBackend,
  getPortfolio,
  watchToken,
  getSendAssets,
  reviewSend,
  confirmSend,
  getPriceFeeds,
  setPriceFeeds,
  getRules,
  saveRules,
  getRuleHistory,
  diffRuleVersions,
  rollbackRules,
  askRules,
  getAddressBook,
  addContact,
  removeContact,
  getBlockedSites,
  changeBlockedSites,
} as const;
export type Procedures = typeof PROCEDURES;

export * from './accounts';
export * from './addressBook';
export * from './approvals';
export * from './audit';
export * from './blockedSites';
export * from './guardians';
export * from './lifecycle';
export * from './networks';
export * from './passwordGated';
export * from './portfolio';
export * from './priceFeeds';
export * from './procedure';
export * from './receive';
export * from './recovery';
export * from './rules';
export * from './schemas';
export * from './send';
export * from './settings';
export * from './sites';
export * from './status';
export * from './utxoNetworks';
