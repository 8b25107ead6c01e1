/**
 * One card for every signed token permission — EIP-2612, DAI's permit, Permit2 allowances and
 * Permit2 one-time transfers — so they read the same: who may take what, until when, and the
 * risks (unlimited, a spender without code, a token Ringfence cannot read).
 *
 *   await grantCard(base, facts, { label: 'Permit', mode: 'allowance', spender, grants: [{ token, amount }], fields: [] });
 */
import type { Address } from '../../chains/evm/address';
import { type Card, type CardBase, card, type Field } from '../card';
import { addressField, tokenAmount, tokenName, who } from '../describe';
import type { ChainFacts, TokenInfo } from '../facts';
import { formatTime, isUnlimited } from '../format';
import { spenderRisks, uniqueRisks, unknownTokenRisk, unlimitedRisk } from '../risks';

export interface Grant {
  token: Address;
  amount: bigint;
  /** When the allowance itself ends (Permit2); absent when it lasts until revoked. */
  expires?: bigint;
}

export interface GrantRequest {
  /** Names the mechanism in the title: 'Permit', 'DAI permit', 'Permit2'. */
  label: string;
  /** 'allowance': may spend up to the amount until revoked; 'transfer': may take it once. */
  mode: 'allowance' | 'transfer';
  spender: Address;
  grants: readonly Grant[];
  /** The signature's own deadline in UNIX seconds; absent for one that never expires. */
  deadline?: bigint;
  /** Further fields of the struct (owner, nonce). */
  fields: readonly Field[];
}

// Permit2 stores expiration 0 as block.timestamp: the allowance works only in the block it is used.
function untilText(expires: bigint | undefined): string {
  if (expires === undefined) return '';
  return expires === 0n ? ' (only in the block it is used)' : ` until ${formatTime(expires)}`;
}

function line(g: GrantRequest, grant: Grant, token: TokenInfo | undefined, facts: ChainFacts): string {
  const spender = who(g.spender, facts);
  const what = tokenAmount(grant.amount, token, grant.token);
  if (g.mode === 'transfer') return `Allow ${spender} to take ${what} from your account, once`;
  if (grant.amount === 0n) return `Revoke the approval of ${spender} for ${tokenName(token, grant.token)}`;
  return `Allow ${spender} to spend ${what}${untilText(grant.expires)}`;
}

function grantFields(grant: Grant, token: TokenInfo | undefined, facts: ChainFacts): Field[] {
  return [
    addressField('Token', grant.token, facts),
    { label: 'Amount', value: tokenAmount(grant.amount, token, grant.token), format: 'amount' },
    { label: 'Amount (base units)', value: grant.amount.toString(), format: 'number' },
    ...(grant.expires === undefined
      ? []
      : [{ label: 'Allowance ends', value: formatTime(grant.expires), format: 'date' as const }]),
  ];
}

/** The `permit` card for `g`. */
export async function grantCard(base: CardBase, facts: ChainFacts, g: GrantRequest): Promise<Card> {
  const tokens = await Promise.all(g.grants.map((x) => facts.token(x.token)));
  const symbols = g.grants.map((x, i) => tokenName(tokens[i], x.token)).join(', ');
  const revokeOnly = g.mode === 'allowance' && g.grants.every((x) => x.amount === 0n);
  const verb = g.mode === 'transfer' ? 'transfer' : revokeOnly ? 'revoke' : 'approve';
  const perGrant =
    g.grants.length === 1
      ? grantFields(g.grants[0]!, tokens[0], facts)
      : g.grants.map((x, i) => ({
          label: `${i + 1}. ${tokenName(tokens[i], x.token)}`,
          children: grantFields(x, tokens[i], facts),
        }));
  return card('permit', base, {
    title: `${g.label}: ${verb} ${symbols}`,
    summary: g.grants.map((x, i) => line(g, x, tokens[i], facts)),
    fields: [
      addressField('Spender', g.spender, facts),
      ...perGrant,
      ...g.fields,
      {
        label: 'Signature valid until',
        value: g.deadline === undefined ? 'never' : formatTime(g.deadline),
        format: 'date',
      },
    ],
    risks: uniqueRisks([
      ...(g.grants.some((x) => isUnlimited(x.amount)) ? [unlimitedRisk()] : []),
      ...(tokens.some((t) => !t) ? [unknownTokenRisk()] : []),
      ...(revokeOnly ? [] : await spenderRisks(g.spender, facts)),
    ]),
  });
}
