/**
 * Guardian recovery, the owner's and the guardian's side (issue 8, docs/envelopes.md). Shares are
 * split and sealed inside the ring; the popup sees a paper envelope only on the password-gated
 * split screen (declassifier `revealToUser`), and otherwise only sealed text, codes and words.
 */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty, Password } from './schemas';

/** Envelope, code, challenge or response text as pasted: bounded before any parsing. */
export const PastedText = v.pipe(v.string(), v.maxLength(4000, 'text: too long'));

/** One guardian of the current split, as the owner sees it. */
export const GuardianView = v.object({
  index: v.number(),
  kind: v.picklist(['paper', 'sealed']),
  /** Fingerprint words of the guardian code the envelope was sealed to. */
  words: v.optional(v.array(v.string())),
  /** Last successful health check (ms since epoch). */
  confirmedAt: v.optional(v.number()),
});

export const GuardiansView = v.object({
  /** 'phrase': no split; 'guardians': a t-of-n split of the phrase exists. */
  custody: v.picklist(['phrase', 'guardians']),
  split: v.optional(
    v.object({
      /** First 8 hex digits of the split id (says which envelopes belong together). */
      tag: v.string(),
      epoch: v.number(),
      threshold: v.number(),
      count: v.number(),
      createdAt: v.number(),
      guardians: v.array(GuardianView),
    }),
  ),
});
export type GuardiansView = v.InferOutput<typeof GuardiansView>;

export const getGuardians = procedure({ name: 'getGuardians', input: Empty, output: GuardiansView });

/**
 * Splits the phrase's entropy t-of-n (a new epoch if a split exists: older envelopes no longer
 * combine with the new ones). `codes[i]`: guardian code for share i + 1, or '' for paper.
 */
export const splitToGuardians = procedure({
  name: 'splitToGuardians',
  input: v.object({
    password: Password,
    threshold: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    codes: v.optional(v.pipe(v.array(PastedText), v.maxLength(10)), []),
  }),
  output: v.object({
    envelopes: v.array(v.object({ index: v.number(), sealed: v.boolean(), text: v.string() })),
    guardians: GuardiansView,
  }),
});

/** Owner: a fresh challenge for guardian `index` (copied to the guardian). */
export const makeHealthChallenge = procedure({
  name: 'makeHealthChallenge',
  input: v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)) }),
  output: v.object({ challenge: v.string() }),
});

/** Owner: checks the guardian's response to the last challenge; throws unless it proves the share. */
export const verifyHealthResponse = procedure({
  name: 'verifyHealthResponse',
  input: v.object({
    index: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    response: PastedText,
  }),
  output: v.object({ confirmed: v.literal(true), confirmedAt: v.number() }),
});

/** Guardian: this wallet's guardian code (a dedicated public key) and its fingerprint words. */
export const getGuardianCode = procedure({
  name: 'getGuardianCode',
  input: Empty,
  output: v.object({ code: v.string(), words: v.array(v.string()) }),
});

export const InboxView = v.object({
  envelopes: v.array(
    v.object({
      id: v.string(),
      tag: v.string(),
      index: v.number(),
      threshold: v.number(),
      count: v.number(),
      epoch: v.number(),
      receivedAt: v.number(),
    }),
  ),
});
export type InboxView = v.InferOutput<typeof InboxView>;

export const getGuardianInbox = procedure({ name: 'getGuardianInbox', input: Empty, output: InboxView });

/** Guardian: keeps an envelope sealed to this wallet's guardian code (checked by opening it). */
export const keepEnvelope = procedure({
  name: 'keepEnvelope',
  input: v.object({ envelope: PastedText }),
  output: InboxView,
});

export const deleteEnvelope = procedure({
  name: 'deleteEnvelope',
  input: v.object({ id: v.pipe(v.string(), v.maxLength(64)) }),
  output: InboxView,
});

/** Guardian: re-seals a kept share to a recovery request code (after comparing its words). */
export const releaseShare = procedure({
  name: 'releaseShare',
  input: v.object({ id: v.pipe(v.string(), v.maxLength(64)), requestCode: PastedText }),
  output: v.object({ released: v.string(), requestWords: v.array(v.string()) }),
});

/** Guardian: answers an owner's health challenge for a kept envelope, without revealing it. */
export const answerChallenge = procedure({
  name: 'answerChallenge',
  input: v.object({ challenge: PastedText }),
  output: v.object({ response: v.string() }),
});
