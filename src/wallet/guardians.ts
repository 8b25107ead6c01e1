/**
 * The owner's side of guardian recovery (issue 8): split the phrase's entropy t-of-n inside the
 * ring, seal each share to its guardian's code or hand it out as a paper envelope (password
 * re-entered: declassifier revealToUser), and check later that guardians still hold their shares.
 *
 *   const out = await splitToGuardians(ctx, 'pw', 2, 3, [codeOfB, codeOfC, '']);
 *   const { challenge } = makeHealthChallenge(ctx, 1);   // → guardian → answer
 *   await verifyHealthResponse(ctx, 1, answer);          // throws HEALTH_FAILED unless it proves share 1
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import { ProcedureError } from '../errors';
import {
  buildClearHeader,
  challengeDigest,
  encodeChallenge,
  encodeSealed,
  fingerprintWords,
  parseAnswer,
  parseChallenge,
  parseCode,
} from '../recovery/codes';
import { cleared, joinLabeled, labeled, mapLabeled, mapLabeledAsync, provePassword } from '../ring';
import type { Session, WalletContext } from './context';
import { requireUnlocked } from './errors';
import { type GuardianSplit, guardiansView } from './guardianState';
import { saveState } from './persist';
import { readInWorker } from './read';

const wordsOf = (hex: string) => fingerprintWords(hexToBytes(hex));

function parseGuardianCodes(codes: readonly string[], count: number): (Uint8Array | undefined)[] {
  if (codes.length > count)
    throw new ProcedureError('INVALID_INPUT', `codes: ${codes.length} codes for ${count} guardians`);
  return Array.from({ length: count }, (_, i) => {
    const text = codes[i]?.trim() ?? '';
    if (text === '') return undefined;
    const key = parseCode('guardian', text);
    if (!secp256k1.utils.isValidPublicKey(key, true))
      throw new ProcedureError('INVALID_INPUT', `Guardian code ${i + 1}: not a valid key`);
    return key;
  });
}

const currentSplit = (ctx: WalletContext, session: Session) =>
  readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s.guardians),
    'the current guardian split',
  );

export function getGuardians(ctx: WalletContext) {
  const session = requireUnlocked(ctx.session);
  return mapLabeled(session.state, (s) => guardiansView(s.guardians, wordsOf));
}

export async function splitToGuardians(
  ctx: WalletContext,
  password: string,
  threshold: number,
  count: number,
  codes: readonly string[],
) {
  const session = requireUnlocked(ctx.session);
  if (threshold > count)
    throw new ProcedureError('INVALID_INPUT', 'threshold: cannot be more than the number of guardians');
  const keys = parseGuardianCodes(codes, count);
  const proof = await provePassword(ctx.store, password, { now: ctx.now });
  const epoch = (currentSplit(ctx, session)?.epoch ?? -1) + 1;
  const splitId = randomBytes(16);
  const envs = await mapLabeledAsync(
    session.secrets,
    cleared.splitShares({ threshold, shares: count, epoch, splitId }),
  );
  try {
    const healthKeys = mapLabeled(envs, cleared.healthKeys);
    const healthPubs = ctx.ring.declassify.publicKeysOf(
      healthKeys,
      'health-check keys of new guardian shares',
    );
    mapLabeled(healthKeys, cleared.wipeAll);
    const sealedTexts = keys.map((key, i) => {
      if (!key) return undefined;
      const index = i + 1;
      const header = buildClearHeader({ splitId, epoch, threshold, count, index });
      const plain = mapLabeled(envs, cleared.envelopeBytes(i));
      const why = `guardian share ${index} of ${count} sealed to its guardian`;
      const sealed = ctx.ring.declassify.sealToGuardian(plain, key, why, header);
      mapLabeled(plain, cleared.wipe);
      return encodeSealed('sealed', header, readInWorker(ctx, sealed, 'sealed envelope text'));
    });
    const paper = keys.flatMap((key, i) => (key ? [] : [i]));
    const revealed =
      paper.length > 0
        ? ctx.ring.declassify.revealToUser(
            mapLabeled(envs, cleared.paperTexts(paper)),
            proof,
            `${paper.length} paper guardian envelope(s) shown after password re-entry`,
          )
        : labeled('private', [] as string[]);
    const split = (pubs: Uint8Array[]): GuardianSplit => ({
      splitId: bytesToHex(splitId),
      epoch,
      threshold,
      count,
      createdAt: ctx.now(),
      members: keys.map((key, i) => ({
        index: i + 1,
        kind: key ? 'sealed' : 'paper',
        ...(key ? { guardianKey: bytesToHex(key) } : {}),
        healthKey: bytesToHex(pubs[i]!),
      })),
    });
    session.state = joinLabeled([session.state, healthPubs], ([s, pubs]) => ({
      ...s,
      guardians: split(pubs),
    }));
    challenges.delete(session);
    await saveState(ctx, session, 'save the guardian split');
    ctx.ring.audit.append({
      kind: 'guardians-split',
      detail: `${threshold}-of-${count}, epoch ${epoch}: ${count - paper.length} sealed, ${paper.length} paper`,
    });
    const view = readInWorker(ctx, getGuardians(ctx), 'the new split');
    return mapLabeled(revealed, (texts) => ({
      envelopes: keys.map((_, i) => {
        const sealed = sealedTexts[i];
        return { index: i + 1, sealed: sealed !== undefined, text: sealed ?? texts[paper.indexOf(i)]! };
      }),
      guardians: view,
    }));
  } finally {
    mapLabeled(envs, cleared.wipeEnvelopes);
  }
}

/** Outstanding health challenges of a session, by share index (memory only: one sitting). */
const challenges = new WeakMap<Session, Map<number, Uint8Array>>();

function memberOf(ctx: WalletContext, session: Session, index: number) {
  const split = currentSplit(ctx, session);
  const member = split?.members.find((m) => m.index === index);
  if (!split || !member) throw new ProcedureError('INVALID_INPUT', `index: there is no guardian ${index}`);
  return { split, member };
}

export function makeHealthChallenge(ctx: WalletContext, index: number) {
  const session = requireUnlocked(ctx.session);
  const { split } = memberOf(ctx, session, index);
  const challenge = encodeChallenge({
    splitId: hexToBytes(split.splitId),
    epoch: split.epoch,
    index,
    nonce: randomBytes(16),
  });
  const pending = challenges.get(session) ?? new Map<number, Uint8Array>();
  pending.set(index, new TextEncoder().encode(challenge));
  challenges.set(session, pending);
  return labeled('private', { challenge });
}

export async function verifyHealthResponse(ctx: WalletContext, index: number, response: string) {
  const session = requireUnlocked(ctx.session);
  const { member } = memberOf(ctx, session, index);
  const pending = challenges.get(session)?.get(index);
  if (!pending) throw new ProcedureError('NO_CHALLENGE', `Make a challenge for guardian ${index} first`);
  const signature = parseAnswer(response);
  const digest = challengeDigest(parseChallenge(new TextDecoder().decode(pending)).bytes);
  const ok = secp256k1.verify(signature, digest, hexToBytes(member.healthKey), { prehash: false });
  if (!ok)
    throw new ProcedureError(
      'HEALTH_FAILED',
      `This response does not prove that guardian ${index} still holds share ${index}`,
    );
  challenges.get(session)?.delete(index);
  const confirmedAt = ctx.now();
  session.state = mapLabeled(session.state, (s) => ({
    ...s,
    ...(s.guardians
      ? {
          guardians: {
            ...s.guardians,
            members: s.guardians.members.map((m) => (m.index === index ? { ...m, confirmedAt } : m)),
          },
        }
      : {}),
  }));
  await saveState(ctx, session, 'record a guardian health check');
  ctx.ring.audit.append({
    kind: 'guardian-confirmed',
    detail: `guardian ${index} proved it holds its share`,
  });
  return labeled('private', { confirmed: true as const, confirmedAt });
}
