import { describe, expect, it } from 'vitest';
import * as ring from './index.js';

describe('index', () => {
  it('exports the public surface but no value reader', () => {
    expect(Object.keys(ring)).not.toContain('unwrap');
    expect(Object.keys(ring)).not.toContain('cellOf');
    expect(Object.keys(ring)).not.toContain('sealBytes');
    expect(typeof ring.createRing).toBe('function');
  });

  it('a ring audits declassification and emit on one verifiable log', () => {
    const r = ring.createRing();
    const seen: unknown[] = [];
    const shown = r.declassify.showNewMnemonic(ring.labeled('secret', 'a b c'), 'first backup');
    r.emit(
      ring.popupSink((v) => seen.push(v)),
      shown,
    );
    expect(() =>
      r.emit(
        ring.pageSink('https://x.example', (v) => seen.push(v)),
        shown,
      ),
    ).toThrow(ring.FlowViolation);
    expect(seen).toEqual(['a b c']);
    expect(r.audit.entries().map((e) => e.kind)).toEqual(['showNewMnemonic', 'flow-refused']);
    expect(r.audit.verify()).toEqual({ ok: true });
  });
});
