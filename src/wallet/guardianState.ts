/**
 * What the private state keeps about guardian recovery (sealed in the `wallet` record like the
 * rest): the owner's current split — public facts and each share's health-check public key, never
 * a share — and the guardian's inbox of envelopes, kept as the sealed text they arrived in.
 */
import type { GuardiansView, InboxView } from '../rpc/procedures/guardians';

export interface GuardianMember {
  index: number;
  kind: 'paper' | 'sealed';
  /** Hex of the guardian's public key (sealed envelopes only). */
  guardianKey?: string;
  /** Hex of the public key that answers health checks for this share. */
  healthKey: string;
  confirmedAt?: number;
}

export interface GuardianSplit {
  splitId: string;
  epoch: number;
  threshold: number;
  count: number;
  createdAt: number;
  members: GuardianMember[];
}

export interface InboxEntry {
  id: string;
  splitId: string;
  epoch: number;
  threshold: number;
  count: number;
  index: number;
  receivedAt: number;
  /** The rfsealed1… text as received: the share inside stays sealed to the guardian key. */
  sealed: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isNat = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isHex = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{2,200}$/.test(x);

function decodeMember(x: unknown): GuardianMember | undefined {
  if (!isRecord(x) || !isNat(x.index) || !isHex(x.healthKey)) return undefined;
  const kind = x.kind === 'sealed' ? 'sealed' : 'paper';
  return {
    index: x.index,
    kind,
    healthKey: x.healthKey,
    ...(isHex(x.guardianKey) ? { guardianKey: x.guardianKey } : {}),
    ...(isNat(x.confirmedAt) ? { confirmedAt: x.confirmedAt } : {}),
  };
}

/** A stored split, or undefined if missing or damaged (the owner can split again). */
export function decodeSplit(x: unknown): GuardianSplit | undefined {
  if (!isRecord(x) || !isHex(x.splitId) || !isNat(x.epoch) || !isNat(x.threshold) || !isNat(x.count))
    return undefined;
  const members = Array.isArray(x.members) ? x.members.map(decodeMember) : [];
  if (members.some((m) => !m)) return undefined;
  return {
    splitId: x.splitId,
    epoch: x.epoch,
    threshold: x.threshold,
    count: x.count,
    createdAt: isNat(x.createdAt) ? x.createdAt : 0,
    members: members as GuardianMember[],
  };
}

export function decodeInbox(x: unknown): InboxEntry[] {
  if (!Array.isArray(x)) return [];
  return x.filter(
    (e): e is InboxEntry =>
      isRecord(e) &&
      typeof e.id === 'string' &&
      isHex(e.splitId) &&
      [e.epoch, e.threshold, e.count, e.index, e.receivedAt].every(isNat) &&
      typeof e.sealed === 'string',
  );
}

/** The split's short name people compare: the first 8 hex digits of its id. */
export const splitTag = (splitId: string) => splitId.slice(0, 8);

export function guardiansView(
  split: GuardianSplit | undefined,
  words: (hex: string) => string[],
): GuardiansView {
  if (!split) return { custody: 'phrase' };
  return {
    custody: 'guardians',
    split: {
      tag: splitTag(split.splitId),
      epoch: split.epoch,
      threshold: split.threshold,
      count: split.count,
      createdAt: split.createdAt,
      guardians: split.members.map((m) => ({
        index: m.index,
        kind: m.kind,
        ...(m.guardianKey ? { words: words(m.guardianKey) } : {}),
        ...(m.confirmedAt ? { confirmedAt: m.confirmedAt } : {}),
      })),
    },
  };
}

export function inboxView(inbox: readonly InboxEntry[]): InboxView {
  return {
    envelopes: inbox.map((e) => ({
      id: e.id,
      tag: splitTag(e.splitId),
      index: e.index,
      threshold: e.threshold,
      count: e.count,
      epoch: e.epoch,
      receivedAt: e.receivedAt,
    })),
  };
}
