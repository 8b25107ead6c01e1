/**
 * wallet_switchEthereumChain (EIP-3326, https://eips.ethereum.org/EIPS/eip-3326) → a
 * `switch-chain` card.
 *
 *   switchChainCard(base, { from: { id: 1, name: 'Ethereum' }, to: { id: 8453, name: 'Base' } });
 */
import { type Card, type CardBase, card } from './card';

export interface SwitchChainRequest {
  from: { id: number; name: string };
  to: { id: number; name: string };
}

/** "Switch from Ethereum to Base". */
export function switchChainCard(base: CardBase, { from, to }: SwitchChainRequest): Card {
  return card('switch-chain', base, {
    title: 'Switch network',
    summary: [`Switch from ${from.name} to ${to.name}`],
    fields: [
      { label: 'From', value: `${from.name} (chain ${from.id})`, format: 'text' },
      { label: 'To', value: `${to.name} (chain ${to.id})`, format: 'text' },
    ],
  });
}
