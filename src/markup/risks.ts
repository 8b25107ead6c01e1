/**
 * Risks shared by several decoders: who receives funds (first-time, look-alike, a token contract)
 * and who is allowed to spend them (an account without code). docs/cards.md lists every code.
 *
 *   const risks = await recipientRisks(to, facts, { token: true });
 */
import type { Risk } from './card';
import { risk } from './card';
import { checksummed, sameAddress } from './describe';
import type { ChainFacts } from './facts';
import { shortAddress } from './format';

type Facts = Pick<ChainFacts, 'knownRecipients' | 'ownAccounts' | 'token' | 'isContract'>;

/** First and last 4 hex digits: what a hurried eye checks, and what poisoners copy. */
function ends(address: string): string {
  const hex = address.slice(2).toLowerCase();
  return `${hex.slice(0, 4)}${hex.slice(-4)}`;
}

/**
 * first-time-recipient, address-poisoning and (for token transfers) recipient-is-token-contract.
 * Address poisoning: an attacker sends dust from a vanity address with the same ends as one the
 * user paid before, hoping the user copies it from the history. A look-alike is reported instead
 * of first-time, which it also is.
 */
export async function recipientRisks(
  recipient: string,
  facts: Facts,
  { token }: { token: boolean },
): Promise<Risk[]> {
  const risks: Risk[] = [];
  const familiar = [...facts.ownAccounts, ...facts.knownRecipients];
  if (!familiar.some((a) => sameAddress(a, recipient))) {
    const twin = familiar.find((a) => a.length === 42 && ends(a) === ends(recipient));
    risks.push(
      twin
        ? risk(
            'address-poisoning',
            'danger',
            `${checksummed(recipient)} looks like ${shortAddress(checksummed(twin))} you used before but differs. Check every character: look-alike addresses are planted in wallet histories to steal funds.`,
          )
        : risk('first-time-recipient', 'info', 'You have not sent to this address before.'),
    );
  }
  // Tokens sent to a token contract are stuck there: it has no way to send them back.
  if (token && (await facts.token(recipient))) {
    risks.push(
      risk(
        'recipient-is-token-contract',
        'danger',
        'The recipient is a token contract, not a person or an exchange account. Tokens sent there are usually lost for good.',
      ),
    );
  }
  return risks;
}

/** approval-to-eoa: the spender has no code, so a person (not a contract) can take the tokens. */
export async function spenderRisks(spender: string, facts: Pick<ChainFacts, 'isContract'>): Promise<Risk[]> {
  if (await facts.isContract(spender)) return [];
  return [
    risk(
      'approval-to-eoa',
      'warning',
      `${shortAddress(checksummed(spender))} is a plain account, not a contract. Apps ask approvals for their contracts; an approval to a person is how many scams take tokens.`,
    ),
  ];
}

/** unlimited-approval for a token (or, with `nft`, every NFT of a collection). */
export function unlimitedRisk(nft = false): Risk {
  return risk(
    'unlimited-approval',
    'danger',
    nft
      ? 'The operator can take every NFT of this collection you own, now and later, without asking again.'
      : 'The spender can take all of this token you hold, at any time, without asking again.',
  );
}

/** unknown-token: the amount could not be read in the token's own units. */
export function unknownTokenRisk(): Risk {
  return risk(
    'unknown-token',
    'warning',
    "Ringfence could not read this token's symbol and decimals, so the amount is in raw units (for an NFT it is the token id).",
  );
}

/** The same risk (code and text) listed once, in first-seen order. */
export function uniqueRisks(risks: readonly Risk[]): Risk[] {
  const seen = new Set<string>();
  return risks.filter((r) => {
    const key = `${r.code}\n${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
