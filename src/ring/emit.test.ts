import { describe, expect, it } from 'vitest';
import { createAuditLog } from './audit.js';
import { emit } from './emit.js';
import { FlowViolation } from './errors.js';
import { type Labeled, labeled } from './labeled.js';
import { createRing } from './ring.js';
import { networkSink, pageSink, popupSink, type Sink, storageSink } from './sinks.js';

const MARKER = 'SECRET-MARKER-51be07';

function setup() {
  const delivered: unknown[] = [];
  const deliver = (v: unknown) => delivered.push(v);
  return { delivered, deliver, audit: createAuditLog() };
}

function violation(fn: () => void): FlowViolation {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FlowViolation);
    return e as FlowViolation;
  }
  throw new Error('expected a FlowViolation');
}

describe('sinks', () => {
  it('have the clearances of the DESIGN.md table', () => {
    const d = () => {};
    expect(pageSink('https://app.example', d)).toMatchObject({
      kind: 'page',
      clearance: 'public',
      origin: 'https://app.example',
    });
    expect(popupSink(d).clearance).toBe('private');
    expect(storageSink('vault', d)).toMatchObject({ name: 'storage:vault', clearance: 'public' });
    expect(networkSink(d).clearance).toBe('public');
    expect(Object.isFrozen(popupSink(d))).toBe(true);
  });

  it('reject bad arguments naming them', () => {
    expect(() => pageSink('https://app.example/path', () => {})).toThrow(/pageSink: origin:/);
    expect(() => pageSink('not a url', () => {})).toThrow(/pageSink: origin:/);
    expect(() => storageSink('', () => {})).toThrow(/storageSink: name:/);
    expect(() => popupSink(undefined as unknown as () => void)).toThrow(/popupSink: deliver:/);
  });
});

describe('emit', () => {
  it('delivers public data to a page', () => {
    const { delivered, deliver, audit } = setup();
    emit(pageSink('https://app.example', deliver), labeled('public', '0xabc'), audit);
    expect(delivered).toEqual(['0xabc']);
    expect(audit.entries()).toEqual([]);
  });

  it('delivers private data to the popup', () => {
    const { delivered, deliver, audit } = setup();
    emit(popupSink(deliver), labeled('private', ['acct']), audit);
    expect(delivered).toEqual([['acct']]);
  });

  it.each([
    ['secret', 'popup', (d: (v: unknown) => void) => popupSink(d)],
    ['private', 'page', (d: (v: unknown) => void) => pageSink('https://evil.example', d)],
    ['secret', 'storage', (d: (v: unknown) => void) => storageSink('local', d)],
    ['private', 'network', (d: (v: unknown) => void) => networkSink(d)],
  ] as const)('refuses %s → %s and audits the refusal without the value', (level, _kind, make) => {
    const { delivered, deliver, audit } = setup();
    const sink = make(deliver);
    const e = violation(() => emit(sink, labeled(level, MARKER), audit));
    expect(delivered).toEqual([]);
    expect(e).toMatchObject({ sink: sink.name, level });
    expect(e.message).not.toContain(MARKER);
    const [entry, ...rest] = audit.entries();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: 'flow-refused', level, sink: sink.name });
    expect(JSON.stringify(audit.entries())).not.toContain(MARKER);
  });

  it('refuses an unlabelled value (even a look-alike) at any sink, and audits it', () => {
    const { delivered, deliver, audit } = setup();
    for (const sink of [pageSink('https://a.example', deliver), popupSink(deliver), networkSink(deliver)]) {
      const fake = { level: 'public', value: MARKER } as unknown as Labeled<unknown>;
      const e = violation(() => emit(sink, fake, audit));
      expect(e.message).toBe(`emit: unlabelled value refused by sink "${sink.name}"`);
      expect(e.level).toBeUndefined();
      // @ts-expect-error: an unlabelled value is a type error too
      violation(() => emit(sink, MARKER, audit));
    }
    expect(delivered).toEqual([]);
    expect(audit.query({ kind: 'flow-refused' })).toHaveLength(6);
    expect(JSON.stringify(audit.entries())).not.toContain(MARKER);
  });

  it('refuses a hand-built sink, so nobody can invent a secret-cleared exit', () => {
    const { delivered, deliver, audit } = setup();
    const forged: Sink = { kind: 'popup', name: 'popup', clearance: 'secret', deliver };
    expect(() => emit(forged, labeled('secret', MARKER), audit)).toThrow(/emit: sink:/);
    expect(() => emit({ ...popupSink(deliver), clearance: 'secret' }, labeled('secret', 1), audit)).toThrow(
      /emit: sink:/,
    );
    expect(delivered).toEqual([]);
  });

  it('createRing binds emit to the ring audit log', () => {
    const ring = createRing();
    const sink = popupSink(() => {});
    violation(() => ring.emit(sink, labeled('secret', MARKER)));
    expect(ring.audit.query({ kind: 'flow-refused' })).toHaveLength(1);
    expect(ring.audit.verify()).toEqual({ ok: true });
  });
});
