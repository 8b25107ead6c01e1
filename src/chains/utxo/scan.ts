/**
 * BIP-44 account discovery for one BIP-84 account (https://github.com/bitcoin/bips/blob/master/bip-0044.mediawiki#address-gap-limit):
 * walk the receive (0) and change (1) chains in batches until GAP_LIMIT consecutive addresses are
 * unused, so coins on any address the wallet may have handed out are found.
 *
 *   const found = await scanAccount((change, from, n) => addresses(change, from, n), backend.used);
 *   found.receive;        // every address up to the last used + the gap
 *   found.nextReceive;    // the first unused receive index: what Receive should show next
 */
export const GAP_LIMIT = 20;
/** A wallet that never stops scanning is a bug or an attack (a backend answering "used" forever). */
export const MAX_SCAN = 10_000;

export type ChainAddresses = (change: 0 | 1, from: number, count: number) => string[] | Promise<string[]>;
export type UsedCheck = (addresses: readonly string[]) => Promise<boolean[]>;

export interface ScannedChain {
  addresses: { index: number; address: string; used: boolean }[];
  /** The first index after the last used one. */
  next: number;
}

async function scanChain(
  change: 0 | 1,
  derive: ChainAddresses,
  used: UsedCheck,
  gap: number,
): Promise<ScannedChain> {
  const addresses: ScannedChain['addresses'] = [];
  let next = 0;
  // In index order, stopping at the first run of `gap` unused addresses (flags beyond it are ignored:
  // an address past the gap is, by definition, not the wallet's).
  for (let done = false; !done; ) {
    const from = addresses.length;
    if (from >= MAX_SCAN) throw new RangeError(`scan: more than ${MAX_SCAN} addresses on chain ${change}`);
    const batch = await derive(change, from, gap);
    const flags = await used(batch);
    if (flags.length !== batch.length) throw new TypeError('used: expected one answer per address');
    for (const [i, address] of batch.entries()) {
      addresses.push({ index: from + i, address, used: flags[i]! });
      if (flags[i]) next = from + i + 1;
      else if (from + i + 1 - next >= gap) {
        done = true;
        break;
      }
    }
  }
  return { addresses: addresses.slice(0, next + gap), next };
}

export async function scanAccount(derive: ChainAddresses, used: UsedCheck, gap = GAP_LIMIT) {
  const [receive, change] = [await scanChain(0, derive, used, gap), await scanChain(1, derive, used, gap)];
  return {
    receive: receive.addresses,
    change: change.addresses,
    nextReceive: receive.next,
    nextChange: change.next,
  };
}
