/**
 * EIP-712 domain chain binding (https://eips.ethereum.org/EIPS/eip-712#definition-of-domainseparator):
 * a signature for another chain's domain can be replayed there, where the user is not looking.
 *
 *   wrongChainRisk({ chainId: 10 }, 1); // risk 'typed-data-wrong-chain'
 */
import { type Risk, risk } from '../card';
import { intOf } from './shape';

/** `typed-data-wrong-chain` when the domain names a chain other than `chainId`; none without one. */
export function wrongChainRisk(
  domain: Record<string, unknown> | undefined,
  chainId: number,
): Risk | undefined {
  const raw = domain?.chainId;
  if (raw === undefined || raw === null) return undefined;
  const id = intOf(raw);
  if (id === BigInt(chainId)) return undefined;
  const named = id === undefined ? JSON.stringify(raw).slice(0, 40) : id.toString();
  return risk(
    'typed-data-wrong-chain',
    'danger',
    `This is signed for chain ${named}, you are on ${chainId}. It can be used there, where you are not looking.`,
  );
}
