import { describe, expect, it } from 'vitest';
import { type AuditEntry, createAuditLog, GENESIS, hashEntry } from './audit.js';
import { canonicalJSON } from './canonical.js';

function sample() {
  let t = 1_000;
  const log = createAuditLog([], { now: () => t++ });
  log.append({ kind: 'sign', from: 'secret', to: 'public', reason: 'personal_sign', detail: 'd1' });
  log.append({ kind: 'flow-refused', level: 'secret', sink: 'popup' });
  log.append({ kind: 'encrypt', from: 'secret', to: 'public', reason: 'persist vault' });
  log.append({ kind: 'sign', from: 'secret', to: 'public', reason: 'eth_sendTransaction' });
  return log;
}

const reload = (entries: AuditEntry[]) => createAuditLog(entries).verify();

describe('audit log', () => {
  it('chains entries from 64 zeros with seq, time, prev and hash', () => {
    const log = sample();
    const [a, b] = log.entries();
    expect(log.version).toBe(1);
    expect(a).toMatchObject({ seq: 0, time: 1000, prev: GENESIS, kind: 'sign' });
    expect(b?.prev).toBe(a?.hash);
    expect(a?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a?.hash).toBe(hashEntry(a!));
    expect(log.head()).toBe(log.entries().at(-1)?.hash);
    expect(log.verify()).toEqual({ ok: true });
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('survives a JSON round trip and keeps chaining after reload', () => {
    const saved = JSON.parse(JSON.stringify(sample().entries())) as AuditEntry[];
    const log = createAuditLog(saved);
    expect(log.verify()).toEqual({ ok: true });
    log.append({ kind: 'revealToUser', from: 'secret', to: 'private', reason: 'x' });
    expect(log.verify()).toEqual({ ok: true });
    expect(log.entries()).toHaveLength(5);
  });

  it('detects an edited entry', () => {
    const e = sample().entries();
    e[1] = { ...e[1]!, sink: 'page:https://evil.example' };
    expect(reload(e)).toMatchObject({ ok: false, badSeq: 1, why: expect.stringMatching(/hash/) });
  });

  it('detects an edit that also recomputes its own hash (the next link breaks)', () => {
    const e = sample().entries();
    const { hash: _h, ...body } = { ...e[1]!, reason: 'forged' };
    e[1] = { ...body, hash: hashEntry(body) };
    expect(reload(e)).toMatchObject({ ok: false, badSeq: 2, why: expect.stringMatching(/prev/) });
  });

  it('detects a deleted entry (middle and first)', () => {
    const e = sample().entries();
    expect(reload([e[0]!, e[2]!, e[3]!])).toMatchObject({ ok: false, badSeq: 1 });
    expect(reload(e.slice(1))).toMatchObject({ ok: false, badSeq: 0 });
  });

  it('detects reordered and inserted entries', () => {
    const e = sample().entries();
    expect(reload([e[0]!, e[2]!, e[1]!, e[3]!])).toMatchObject({ ok: false, badSeq: 1 });
    const other = sample().entries()[1]!;
    expect(reload([e[0]!, { ...other, seq: 1, prev: e[0]!.hash }, ...e.slice(1)])).toMatchObject({
      ok: false,
    });
  });

  it('detects an added field', () => {
    const e = sample().entries();
    e[2] = { ...e[2]!, detail: 'added later' };
    expect(reload(e)).toMatchObject({ ok: false, badSeq: 2 });
  });

  it('cannot be mutated through entries()', () => {
    const log = sample();
    log.entries().pop();
    expect(() => {
      (log.entries()[0] as { reason?: string }).reason = 'x';
    }).toThrow(TypeError);
    expect(log.entries()).toHaveLength(4);
    expect(log.verify()).toEqual({ ok: true });
  });

  it('queries by kind, time and limit (most recent, oldest first)', () => {
    const log = sample();
    expect(log.query({ kind: 'sign' }).map((e) => e.seq)).toEqual([0, 3]);
    expect(log.query({ since: 1002 }).map((e) => e.seq)).toEqual([2, 3]);
    expect(log.query({ limit: 2 }).map((e) => e.seq)).toEqual([2, 3]);
    expect(log.query({ kind: 'sign', limit: 1 }).map((e) => e.reason)).toEqual(['eth_sendTransaction']);
    expect(log.query()).toHaveLength(4);
  });

  it('notifies listeners, survives a throwing one, and unsubscribes', () => {
    const log = createAuditLog();
    const seen: number[] = [];
    log.onAppend(() => {
      throw new Error('broken viewer');
    });
    const off = log.onAppend((e) => seen.push(e.seq));
    log.append({ kind: 'a' });
    off();
    log.append({ kind: 'b' });
    expect(seen).toEqual([0]);
    expect(log.entries()).toHaveLength(2);
  });

  it('rejects malformed input naming the field', () => {
    const log = createAuditLog();
    expect(() => log.append({ kind: '' })).toThrow(/append: kind:/);
    expect(() => log.append({ kind: 'x', level: 'top' as 'secret' })).toThrow(
      /append: level: expected public/,
    );
    expect(() => log.append({ kind: 'x', detail: new Uint8Array(4) as unknown as string })).toThrow(
      /append: detail:/,
    );
    expect(() => createAuditLog({} as AuditEntry[])).toThrow(/createAuditLog: initial:/);
  });

  it('hashes canonical JSON: key order does not matter, undefined is dropped', () => {
    expect(canonicalJSON({ b: 1, a: 'x', c: undefined, d: { z: null, y: [1, 'q'] } })).toBe(
      '{"a":"x","b":1,"d":{"y":[1,"q"],"z":null}}',
    );
    expect(() => canonicalJSON({ t: Number.NaN })).toThrow(/finite/);
  });
});

describe('adoptHistory', () => {
  it('puts verified history first and re-chains the entries written since', () => {
    const stored = createAuditLog();
    stored.append({ kind: 'encrypt', reason: 'old 1' });
    stored.append({ kind: 'sign', reason: 'old 2' });
    const live = createAuditLog();
    live.append({ kind: 'flow-refused', reason: 'new 1' });
    live.adoptHistory(stored.entries());
    expect(live.entries().map((e) => e.reason)).toEqual(['old 1', 'old 2', 'new 1']);
    expect(live.verify()).toEqual({ ok: true });
    expect(live.entries()[1]?.hash).toBe(stored.entries()[1]?.hash);
  });

  it('refuses a history whose chain is broken, leaving the log as it was', () => {
    const stored = createAuditLog();
    stored.append({ kind: 'encrypt', reason: 'a' });
    stored.append({ kind: 'encrypt', reason: 'b' });
    const tampered = stored.entries().map((e, i) => (i === 0 ? { ...e, reason: 'edited' } : e));
    const live = createAuditLog();
    live.append({ kind: 'x' });
    expect(() => live.adoptHistory(tampered)).toThrow(/broken chain at seq 0/);
    expect(live.entries().map((e) => e.kind)).toEqual(['x']);
  });
});
