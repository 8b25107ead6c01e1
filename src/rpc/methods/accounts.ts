/**
 * eth_accounts (https://ethereum.org/en/developers/docs/apis/json-rpc/#eth_accounts) and
 * eth_requestAccounts (EIP-1102, https://eips.ethereum.org/EIPS/eip-1102): the accounts this
 * exact origin was granted — `[]` until the user connects it on a connect card, and while locked.
 */
import { connectCard } from '../../markup';
import type { Card } from '../../markup/card';
import { labeled } from '../../ring';
import { paramsOf } from '../params';
import { askUser } from './approval';
import { cardBase } from './cardBase';
import { type DappContext, dappMethod } from './types';

export const eth_accounts = dappMethod(paramsOf([]), async (_params, { origin, deps }) =>
  // The grant is what makes these public toward this one origin (EIP-1102 / EIP-2255).
  labeled('public', deps.wallet.granted(origin)),
);

/**
 * Shows the connect card (unless already connected and `always` is false) and stores the grant.
 * `makeCard` replaces the EVM card (the Bitcoin provider's shows the Bitcoin address); a card
 * without accounts to pick grants the selected account.
 */
export async function connect(
  ctx: DappContext,
  always: boolean,
  makeCard?: () => Promise<Card>,
): Promise<string[]> {
  const { origin, deps } = ctx;
  const answer = await askUser(ctx, async () => {
    if (!always && deps.wallet.granted(origin).length > 0) return undefined;
    if (makeCard) return makeCard();
    return connectCard(await cardBase(ctx, { method: 'eth_requestAccounts' }), deps.wallet.accountChoices());
  });
  if (!answer) return deps.wallet.granted(origin);
  const chosen =
    answer.accounts && answer.accounts.length > 0
      ? answer.accounts
      : deps.wallet
          .accountChoices()
          .filter((a) => a.selected)
          .map((a) => a.address);
  const granted = await deps.wallet.grant(origin, chosen);
  deps.emitEvent(origin, 'accountsChanged', granted);
  return granted;
}

export const eth_requestAccounts = dappMethod(paramsOf([]), async (_params, ctx) => {
  if (ctx.origin !== 'null' && ctx.deps.wallet.granted(ctx.origin).length > 0)
    return labeled('public', ctx.deps.wallet.granted(ctx.origin));
  return labeled('public', await connect(ctx, false));
});
