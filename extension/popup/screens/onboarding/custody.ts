/**
 * Who can bring a new wallet back (DESIGN.md "Recovery"; docs/envelopes.md "Limits of this
 * release"): the phrase alone, T-of-N guardians, or mixed — guardians plus envelopes the owner
 * keeps on paper. Guardians and mixed both continue on Set up guardians once the wallet exists
 * (the split reads the phrase from the vault, so it needs the wallet first).
 */
export type Custody = 'phrase' | 'guardians' | 'mixed';

export const CUSTODIES: readonly Custody[] = ['phrase', 'guardians', 'mixed'];

/** Phrase only is the default: it needs nothing more, and guardians can be added later. */
export const DEFAULT_CUSTODY: Custody = 'phrase';

export function needsGuardianSetUp(custody: Custody): boolean {
  return custody !== 'phrase';
}
