/**
 * The request markup (DESIGN.md "The request markup"): decoders that turn raw dapp requests into
 * cards the approval window renders generically. docs/cards.md documents the card format.
 *
 *   const c = await transactionCard(tx, { origin, chain, account, raw: params }, facts);
 *   c.summary; // ['Send 250 USDC to 0x7099…79C8']
 */

export { type AddChainRequest, addChainCard } from './addChain';
export { batchCard } from './batch';
export * from './card';
export { type ConnectAccount, connectCard, hostOf } from './connect';
export * from './facts';
export * from './format';
export { type MessageContext, messageCard, printableText } from './message';
export { type SignInContext, signInCard } from './signIn';
export { looksLikeSiwe, parseSiwe, type SiweMessage } from './siwe';
export { type SwitchChainRequest, switchChainCard } from './switchChain';
export { type TransactionRequest, transactionCard } from './transaction';
export { typedDataCard } from './typed';
export { type WatchAssetRequest, watchAssetCard } from './watchAsset';
