/**
 * Combines share envelopes back into the entropy, refusing anything that is not a consistent set
 * of shares of one split (docs/envelopes.md "Combining"):
 *
 *   const entropy = await combineEnvelopes(envelopes.map(parseEnvelope), {
 *     expectedFirstAddress: (e) => firstAddressOf(e) === savedAddress,
 *   });
 *   try { restore(entropy) } finally { cleanupBytes(entropy) }
 *
 * shamir-secret-sharing's combine() checks almost nothing: a share with x = 0 comes back verbatim
 * as "the secret", and any wrong share silently yields a wrong secret. So every refusal is ours,
 * and no result is returned unless it matches the split's commitment.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { combine } from 'shamir-secret-sharing';
import { commitEntropy, sameBytes } from './commitment.js';
import { checkEnvelope, type Envelope, shareX } from './envelope.js';
import { cleanupBytes, RecoveryError, type RecoveryReason } from './errors.js';

/** Options of combineEnvelopes. */
export interface CombineOptions {
  /** Checks the recovered entropy derives the wallet's known first address (gets a copy). */
  readonly expectedFirstAddress?: (entropy: Uint8Array) => boolean | Promise<boolean>;
}

const list = (ns: readonly number[]) => ns.join(', ');

/** Refuses unless every envelope has the same `key`; names those outside the largest group. */
function agree(
  envs: readonly Envelope[],
  key: (e: Envelope) => string,
  reason: RecoveryReason,
  what: string,
) {
  const groups = new Map<string, number[]>();
  for (const e of envs) groups.set(key(e), [...(groups.get(key(e)) ?? []), e.index]);
  if (groups.size === 1) return;
  const largest = [...groups.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const bad = envs.map((e) => e.index).filter((i) => !largest.includes(i));
  throw new RecoveryError(reason, `combineEnvelopes: share(s) ${list(bad)} ${what} than the others`, { bad });
}

function refuseDuplicates(envs: readonly Envelope[]): void {
  const seen = new Map<string, number>();
  for (const e of envs) {
    for (const k of [`index:${e.index}`, `x:${shareX(e.share)}`]) {
      const first = seen.get(k);
      if (first !== undefined) {
        const what = k.startsWith('x') ? 'the same x coordinate' : 'the same index';
        throw new RecoveryError(
          'duplicate',
          `combineEnvelopes: shares ${first} and ${e.index} have ${what}`,
          {
            bad: [first, e.index],
          },
        );
      }
      seen.set(k, e.index);
    }
  }
}

/** The secret at x = 0 of the polynomial through `subset`; a single share is a threshold-1 copy. */
async function interpolate(subset: readonly Envelope[]): Promise<Uint8Array> {
  if (subset.length === 1) return subset[0]!.share.slice(0, -1);
  // The library checks `share.constructor === Uint8Array` (a Buffer is refused): hand it copies.
  const copies = subset.map((e) => Uint8Array.from(e.share));
  try {
    return await combine(copies);
  } finally {
    cleanupBytes(...copies);
  }
}

function* subsets<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++) {
    for (const rest of subsets(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

/**
 * More than t shares whose combination failed the commitment: find t of them that pass, then name
 * every other share that does not fit that polynomial. Always throws (the caller retries without
 * the named shares, so a bad guardian is noticed rather than silently outvoted).
 */
async function nameBadShares(envs: readonly Envelope[], t: number, ok: (s: Uint8Array) => boolean) {
  for (const good of subsets(envs, t)) {
    const secret = await interpolate(good);
    const fits = ok(secret);
    cleanupBytes(secret);
    if (!fits) continue;
    const bad: number[] = [];
    for (const e of envs) {
      if (good.includes(e)) continue;
      const probe = await interpolate([...good.slice(0, t - 1), e]);
      if (!ok(probe)) bad.push(e.index);
      cleanupBytes(probe);
    }
    throw new RecoveryError(
      'commitment',
      `combineEnvelopes: share(s) ${list(bad)} do not fit the others (wrong or tampered); combine again without them`,
      { bad },
    );
  }
  throw new RecoveryError(
    'commitment',
    `combineEnvelopes: no ${t} of these ${envs.length} shares combine to the committed secret`,
  );
}

/**
 * Recovers the entropy from envelopes of one split. Refuses (RecoveryError, by `reason`):
 * 'malformed' | 'version' | 'length' | 'threshold' | 'zero-x' (any envelope), 'mixed-epoch',
 * 'mixed-split', 'threshold', 'commitment', 'length' (envelopes disagree), 'duplicate' (index or x),
 * 'too-few', 'commitment' (result does not match; with more than t shares the bad ones are named
 * in `bad`), 'address' (`expectedFirstAddress` said no or threw). The caller owns the result.
 */
export async function combineEnvelopes(
  envelopes: readonly Envelope[],
  opts: CombineOptions = {},
): Promise<Uint8Array> {
  if (!Array.isArray(envelopes)) {
    throw new RecoveryError('malformed', 'combineEnvelopes: envelopes: expected an array of envelopes');
  }
  const envs = envelopes.map((e, i) => {
    try {
      return checkEnvelope(e, `combineEnvelopes: envelopes[${i}]`);
    } catch (err) {
      const { reason, message, bad } = err as RecoveryError;
      throw new RecoveryError(reason, message, { bad, position: i });
    }
  });
  const first = envs[0];
  if (first === undefined) throw new RecoveryError('too-few', 'combineEnvelopes: envelopes: got none');
  // Epoch before split id: a share from before a re-split is the likelier mistake, and says more.
  agree(envs, (e) => String(e.epoch), 'mixed-epoch', 'are from another epoch');
  agree(envs, (e) => bytesToHex(e.splitId), 'mixed-split', 'are from another split');
  agree(envs, (e) => `${e.threshold}/${e.count}`, 'threshold', 'declare another threshold or count');
  agree(envs, (e) => bytesToHex(e.commitment), 'commitment', 'carry another commitment');
  agree(envs, (e) => String(e.share.length), 'length', 'have another share length');
  refuseDuplicates(envs);
  const t = first.threshold;
  if (envs.length < t) {
    throw new RecoveryError('too-few', `combineEnvelopes: got ${envs.length} of the ${t} shares needed`);
  }

  const ok = (s: Uint8Array) => sameBytes(commitEntropy(s, first), first.commitment);
  const entropy = await interpolate(envs);
  if (!ok(entropy)) {
    cleanupBytes(entropy);
    if (envs.length > t) await nameBadShares(envs, t, ok);
    throw new RecoveryError(
      'commitment',
      `combineEnvelopes: the ${t} shares do not combine to the committed secret; one or more is wrong (with exactly t shares we cannot tell which)`,
    );
  }
  if (opts.expectedFirstAddress) await checkAddress(entropy, opts.expectedFirstAddress);
  return entropy;
}

async function checkAddress(entropy: Uint8Array, check: NonNullable<CombineOptions['expectedFirstAddress']>) {
  const copy = entropy.slice();
  let matches: boolean;
  try {
    matches = (await check(copy)) === true;
  } catch (cause) {
    cleanupBytes(entropy);
    throw new RecoveryError('address', 'combineEnvelopes: opts.expectedFirstAddress threw', { cause });
  } finally {
    cleanupBytes(copy);
  }
  if (!matches) {
    cleanupBytes(entropy);
    throw new RecoveryError(
      'address',
      'combineEnvelopes: the shares are consistent but do not derive the expected first address (another wallet?)',
    );
  }
}
