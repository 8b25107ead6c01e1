/**
 * The guardian's side (issue 8): a dedicated guardian key (m/7377'/0'/0' of this wallet's seed,
 * never an account), an inbox of envelopes sealed to it, release of a share re-sealed to a
 * recovery request, and answers to the owner's health checks. A kept envelope stays sealed to the
 * guardian key inside the (encrypted) private state: the share exists in clear only inside a
 * cleared function, for the moment it is re-sealed or used to sign an answer.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { ProcedureError } from '../errors';
import type { Envelope } from '../recovery';
import {
  challengeDigest,
  encodeAnswer,
  encodeCode,
  encodeSealed,
  fingerprintWords,
  parseChallenge,
  parseCode,
  parseSealed,
  readClearHeader,
} from '../recovery/codes';
import { cleared, type Labeled, labeled, mapLabeled } from '../ring';
import type { Session, WalletContext } from './context';
import { requireUnlocked } from './errors';
import { type InboxEntry, inboxView } from './guardianState';
import { saveState } from './persist';
import { readInWorker } from './read';

/** Runs `use` with the guardian private key (secret), wiped afterwards. */
function withGuardianKey<R>(session: Session, use: (key: Labeled<Uint8Array>) => R): R {
  const key = mapLabeled(session.seed, cleared.guardianKey);
  try {
    return use(key);
  } finally {
    mapLabeled(key, cleared.wipe);
  }
}

const publicKeys = new WeakMap<Session, Uint8Array>();

function guardianPublicKey(ctx: WalletContext, session: Session): Uint8Array {
  const cached = publicKeys.get(session);
  if (cached) return cached;
  const pub = withGuardianKey(session, (key) =>
    ctx.ring.declassify.publicKeyOf(key, 'this wallet’s guardian code'),
  );
  const bytes = readInWorker(ctx, pub, 'guardian code');
  publicKeys.set(session, bytes);
  return bytes;
}

export function getGuardianCode(ctx: WalletContext) {
  const session = requireUnlocked(ctx.session);
  const pub = guardianPublicKey(ctx, session);
  return labeled('private', { code: encodeCode('guardian', pub), words: fingerprintWords(pub) });
}

const inboxOf = (ctx: WalletContext, session: Session) =>
  readInWorker(
    ctx,
    mapLabeled(session.state, (s) => s.inbox),
    'the guardian inbox',
  );

export function getGuardianInbox(ctx: WalletContext) {
  const session = requireUnlocked(ctx.session);
  return labeled('private', inboxView(inboxOf(ctx, session)));
}

async function saveInbox(ctx: WalletContext, session: Session, inbox: InboxEntry[], why: string) {
  session.state = mapLabeled(session.state, (s) => ({ ...s, inbox }));
  await saveState(ctx, session, why);
  return labeled('private', inboxView(inbox));
}

/** Opens an entry's envelope with the guardian key and hands it (secret) to `use`; wiped after. */
function withEnvelope<R>(session: Session, text: string, use: (env: Labeled<Envelope>) => R): R {
  const { header, sealed } = parseSealed('sealed', text);
  const open = (key: Labeled<Uint8Array>) => mapLabeled(key, cleared.openEnvelope(header, sealed));
  const env = withGuardianKey(session, open);
  try {
    return use(env);
  } finally {
    mapLabeled(env, cleared.wipeEnvelope);
  }
}

export async function keepEnvelope(ctx: WalletContext, text: string) {
  const session = requireUnlocked(ctx.session);
  const clean = text.replace(/[\s-]+/g, '').toLowerCase();
  const facts = readClearHeader(parseSealed('sealed', clean).header);
  withEnvelope(session, clean, () => undefined); // refuses what was not sealed to this wallet
  const inbox = inboxOf(ctx, session);
  const splitId = bytesToHex(facts.splitId);
  if (inbox.some((e) => e.splitId === splitId && e.index === facts.index && e.epoch === facts.epoch))
    throw new ProcedureError('ALREADY_KEPT', 'This envelope is already in the inbox');
  const entry: InboxEntry = {
    id: bytesToHex(randomBytes(8)),
    splitId,
    epoch: facts.epoch,
    threshold: facts.threshold,
    count: facts.count,
    index: facts.index,
    receivedAt: ctx.now(),
    sealed: clean,
  };
  ctx.ring.audit.append({
    kind: 'guardian-envelope-kept',
    detail: `share ${facts.index} of ${facts.count} (split ${splitId.slice(0, 8)}, epoch ${facts.epoch})`,
  });
  return saveInbox(ctx, session, [...inbox, entry], 'keep a guardian envelope');
}

function entryOf(ctx: WalletContext, session: Session, id: string): InboxEntry {
  const entry = inboxOf(ctx, session).find((e) => e.id === id);
  if (!entry) throw new ProcedureError('INVALID_INPUT', 'id: no such envelope in the inbox');
  return entry;
}

export async function deleteEnvelope(ctx: WalletContext, id: string) {
  const session = requireUnlocked(ctx.session);
  const entry = entryOf(ctx, session, id);
  const inbox = inboxOf(ctx, session).filter((e) => e.id !== id);
  ctx.ring.audit.append({
    kind: 'guardian-envelope-deleted',
    detail: `share ${entry.index} of split ${entry.splitId.slice(0, 8)}`,
  });
  return saveInbox(ctx, session, inbox, 'delete a guardian envelope');
}

export function releaseShare(ctx: WalletContext, id: string, requestCode: string) {
  const session = requireUnlocked(ctx.session);
  const entry = entryOf(ctx, session, id);
  const requestKey = parseCode('request', requestCode);
  if (!secp256k1.utils.isValidPublicKey(requestKey, true))
    throw new ProcedureError('INVALID_INPUT', 'Recovery request code: not a valid key');
  const { header } = parseSealed('sealed', entry.sealed);
  const sealed = withEnvelope(session, entry.sealed, (env) => {
    const plain = mapLabeled(env, cleared.oneEnvelopeBytes);
    try {
      const why = `guardian share ${entry.index} released to recovery request ${bytesToHex(requestKey).slice(0, 16)}`;
      return ctx.ring.declassify.sealToGuardian(plain, requestKey, why, header);
    } finally {
      mapLabeled(plain, cleared.wipe);
    }
  });
  const released = encodeSealed('release', header, readInWorker(ctx, sealed, 'released share text'));
  return labeled('private', { released, requestWords: fingerprintWords(requestKey) });
}

export function answerChallenge(ctx: WalletContext, challengeText: string) {
  const session = requireUnlocked(ctx.session);
  const c = parseChallenge(challengeText);
  const splitId = bytesToHex(c.splitId);
  const entry = inboxOf(ctx, session).find(
    (e) => e.splitId === splitId && e.epoch === c.epoch && e.index === c.index,
  );
  if (!entry)
    throw new ProcedureError(
      'NO_ENVELOPE',
      'This wallet keeps no envelope for that challenge (deleted, or of another split)',
    );
  const signature = withEnvelope(session, entry.sealed, (env) => {
    const key = mapLabeled(env, cleared.healthKey);
    try {
      const digest = labeled('public', challengeDigest(c.bytes));
      return ctx.ring.declassify.sign(key, digest, `answer a health check for share ${c.index}`);
    } finally {
      mapLabeled(key, cleared.wipe);
    }
  });
  const bytes = readInWorker(ctx, signature, 'health-check answer').bytes.slice(0, 64);
  return labeled('private', { response: encodeAnswer(bytes) });
}
