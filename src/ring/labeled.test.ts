import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { cleared } from './clearances.js';
import { unwrap } from './internal.js';
import { isLabeled, joinLabeled, type Labeled, labeled, levelOf, mapLabeled } from './labeled.js';

const MARKER = 'SECRET-MARKER-9f2c41';

describe('labeled: opacity', () => {
  const l = labeled('secret', { mnemonic: MARKER, bytes: new TextEncoder().encode(MARKER) });

  it('exposes only its level through keys, JSON, String and inspection', () => {
    expect(Object.keys(l)).toEqual(['level']);
    expect(Object.getOwnPropertyNames(l)).toEqual(['level']);
    expect(Object.getOwnPropertySymbols(l)).toEqual([]);
    expect(JSON.stringify(l)).toBe('{"level":"secret"}');
    expect(JSON.stringify({ wrapped: [l] })).not.toContain(MARKER);
    expect(String(l)).toBe('[Labeled secret]');
    expect(`${l}`).not.toContain(MARKER);
    expect(inspect(l, { showHidden: true, depth: 10 })).not.toContain(MARKER);
    expect((l as unknown as { value?: unknown }).value).toBeUndefined();
  });

  it('structuredClone copies only the level and the clone is not Labeled', () => {
    const clone = structuredClone(l) as unknown;
    expect(JSON.stringify(clone)).not.toContain(MARKER);
    expect(clone).toEqual({ level: 'secret' });
    expect(isLabeled(clone)).toBe(false);
  });

  it('is frozen, so its level cannot be lowered by assignment', () => {
    expect(Object.isFrozen(l)).toBe(true);
    expect(() => {
      (l as { level: string }).level = 'public';
    }).toThrow(TypeError);
    expect(levelOf(l)).toBe('secret');
  });

  it('recognises only handles it created', () => {
    expect(isLabeled(l)).toBe(true);
    expect(isLabeled({ level: 'public' })).toBe(false);
    expect(isLabeled(Object.create(l))).toBe(false);
    expect(isLabeled(null)).toBe(false);
    expect(isLabeled('secret')).toBe(false);
    expect(() => levelOf({ level: 'public' } as unknown as Labeled<unknown>)).toThrow(/levelOf: l:/);
    expect(() => unwrap({ level: 'public' } as unknown as Labeled<unknown>)).toThrow(TypeError);
  });

  it('rejects a bad level when labelling', () => {
    expect(() => labeled('top-secret' as 'secret', 1)).toThrow(/level: expected public\|private\|secret/);
  });

  it('types a plain { level } as not Labeled', () => {
    expectTypeOf({ level: 'public' as const }).not.toMatchTypeOf<Labeled<unknown>>();
    expectTypeOf(labeled('public', 1)).toEqualTypeOf<Labeled<number>>();
  });
});

describe('labeled: computing', () => {
  it('mapLabeled keeps the input level', () => {
    const m = mapLabeled(labeled('private', 20), (n) => n + 1);
    expect(levelOf(m)).toBe('private');
    expect(unwrap(m)).toBe(21);
    expect(() => mapLabeled({ level: 'public' } as unknown as Labeled<number>, (n) => n)).toThrow(
      /mapLabeled: l:/,
    );
  });

  it('joinLabeled labels the result at the highest input level', () => {
    const key = labeled('secret', 'k');
    const to = labeled('public', 'to');
    const amount = labeled('private', 5n);
    const same = joinLabeled([key, labeled('private', 'k')], cleared.samePhrase);
    expect(levelOf(same)).toBe('secret');
    expect(unwrap(same)).toBe(true);
    // A plain callback over a secret input is refused before it runs (clearances.test.ts: the attacks).
    expect(() => joinLabeled([key, to, amount], ([k, t, a]) => `${k}:${t}:${a}`)).toThrow(/not cleared/);
    expect(levelOf(joinLabeled([to, amount], ([t]) => t))).toBe('private');
    expect(levelOf(joinLabeled([], () => 0))).toBe('public');
  });

  it('joinLabeled names the unlabelled input', () => {
    const fake = { level: 'public' } as unknown as Labeled<number>;
    expect(() => joinLabeled([labeled('public', 1), fake], () => 0)).toThrow(/joinLabeled: inputs\[1\]/);
  });
});

describe('mapLabeledAsync', () => {
  it('keeps the level of its input and awaits the computation', async () => {
    const { labeled, levelOf, mapLabeledAsync } = await import('./labeled');
    const out = await mapLabeledAsync(labeled('private', 2), async (n) => n * 21);
    expect(levelOf(out)).toBe('private');
    expect(JSON.stringify(out)).not.toContain('42');
    await expect(mapLabeledAsync({ level: 'public' } as never, async () => 1)).rejects.toThrow(
      /mapLabeledAsync: l/,
    );
  });
});
