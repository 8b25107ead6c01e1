/**
 * Recovering a wallet from guardians on a new browser (issue 8). "Ask guardians" makes an
 * ephemeral request key after the new password is set and stores it wrapped under that password
 * (ring `requestKeys`, like the vault's data key), with its public code beside it in clear: the
 * code survives a restart and needs no password to show. Guardians release their shares sealed
 * to the code; paper envelopes work too. Nothing is created unless the shares combine.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { ProcedureError } from '../errors';
import type { Envelope } from '../recovery';
import { encodeCode, fingerprintWords, parseSealed, readClearHeader } from '../recovery/codes';
import {
  cleared,
  joinLabeled,
  type Labeled,
  labeled,
  mapLabeled,
  mapLabeledAsync,
  requestKeys,
} from '../ring';
import { DEFAULT_KDF, type KdfParams, newKdfParams, validateKdfParams } from '../vault';
import type { WalletContext } from './context';
import * as lifecycle from './lifecycle';

interface RequestRecord {
  v: 1;
  kdf: KdfParams;
  wrappedKey: string;
  publicKey: string;
  createdAt: number;
}

async function storedRequest(ctx: WalletContext): Promise<RequestRecord | undefined> {
  const r = (await ctx.store.readRecoveryRequest()) as Partial<RequestRecord> | undefined;
  if (r?.v !== 1 || typeof r.wrappedKey !== 'string' || typeof r.publicKey !== 'string') return undefined;
  try {
    return { ...(r as RequestRecord), kdf: validateKdfParams(r.kdf) };
  } catch {
    return undefined; // a damaged record: the user makes a new request
  }
}

const view = (r: RequestRecord | undefined) =>
  labeled('private', {
    ...(r
      ? {
          request: {
            code: encodeCode('request', hexToBytes(r.publicKey)),
            words: fingerprintWords(hexToBytes(r.publicKey)),
            createdAt: r.createdAt,
          },
        }
      : {}),
  });

export async function getRecoveryRequest(ctx: WalletContext) {
  return view(await storedRequest(ctx));
}

export async function createRecoveryRequest(ctx: WalletContext, password: string) {
  await lifecycle.refuseIfInitialized(ctx);
  const kdf = newKdfParams(ctx.kdf ?? DEFAULT_KDF);
  const { publicKey, wrappedKey } = await requestKeys.create(password, kdf);
  const record: RequestRecord = {
    v: 1,
    kdf,
    wrappedKey,
    publicKey: bytesToHex(publicKey),
    createdAt: ctx.now(),
  };
  await ctx.store.writeRecoveryRequest(record);
  ctx.ring.audit.append({ kind: 'recovery-requested', detail: `request ${record.publicKey.slice(0, 16)}` });
  return view(record);
}

const bad = (i: number, e: unknown) =>
  new ProcedureError('BAD_SHARE', `Guardian share ${i + 1}: ${(e as Error).message ?? 'unreadable'}`);

/** Each pasted text as a labeled envelope: paper (rfshare1…) or released to our request (rfrelease1…). */
async function envelopesOf(ctx: WalletContext, texts: string[], password: string) {
  let requestKey: Labeled<Uint8Array> | undefined;
  const key = async () => {
    if (requestKey) return requestKey;
    const r = await storedRequest(ctx);
    if (!r)
      throw new ProcedureError('NO_REQUEST', 'This browser has no recovery request for released shares');
    try {
      requestKey = await requestKeys.open(password, r.kdf, r.wrappedKey);
    } catch {
      throw new ProcedureError(
        'BAD_PASSWORD',
        'Wrong password: use the one you chose for the recovery request',
      );
    }
    return requestKey;
  };
  const out: Labeled<Envelope>[] = [];
  try {
    for (const [i, text] of texts.entries()) {
      const released = text.trim().toLowerCase().startsWith('rfrelease');
      if (!released) {
        try {
          out.push(mapLabeled(labeled('secret', text), cleared.parsePaper));
        } catch (e) {
          throw bad(i, e);
        }
        continue;
      }
      const k = await key();
      try {
        const { header, sealed } = parseSealed('release', text);
        readClearHeader(header);
        out.push(mapLabeled(k, cleared.openEnvelope(header, sealed)));
      } catch (e) {
        throw bad(i, e);
      }
    }
    return out;
  } catch (e) {
    for (const env of out) mapLabeled(env, cleared.wipeEnvelope);
    throw e;
  } finally {
    if (requestKey) mapLabeled(requestKey, cleared.wipe);
  }
}

export async function recoverWallet(ctx: WalletContext, shares: string[], password: string) {
  await lifecycle.refuseIfInitialized(ctx);
  if (password.length < 8) throw new ProcedureError('INVALID_INPUT', 'password: use at least 8 characters');
  const texts = shares.filter((s) => s.trim() !== '');
  if (texts.length === 0) throw new ProcedureError('BAD_SHARE', 'Paste at least one guardian share');
  const envs = await envelopesOf(ctx, texts, password);
  const all = joinLabeled(envs, cleared.collectEnvelopes);
  try {
    const entropy = await mapLabeledAsync(all, cleared.combine).catch((e: unknown) => {
      throw new ProcedureError('BAD_SHARES', (e as Error).message);
    });
    const mnemonic = mapLabeled(entropy, cleared.mnemonicOf);
    mapLabeled(entropy, cleared.wipe);
    await lifecycle.recoverWallet(ctx, mnemonic, password);
  } finally {
    mapLabeled(all, cleared.wipeEnvelopes);
  }
  await ctx.store.clearRecoveryRequest();
  ctx.ring.audit.append({ kind: 'wallet-recovered', detail: `from ${texts.length} guardian shares` });
}
