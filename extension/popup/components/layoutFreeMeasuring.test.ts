import { elementScroll, observeElementOffset, Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { observeBoxSize, rowHeight, scrollBox } from './layoutFreeMeasuring';

const ESTIMATE = 110;

function list() {
  return new Virtualizer<HTMLElement, HTMLElement>({
    count: 10,
    getScrollElement: () => null,
    estimateSize: () => ESTIMATE,
    getItemKey: (at) => `row-${at}`,
    observeElementRect: observeBoxSize,
    observeElementOffset,
    scrollToFn: elementScroll,
  });
}

/** A row element that fails the test if its layout is read (offsetHeight forces a layout). */
function row(index: number): HTMLElement {
  return {
    getAttribute: (name: string) => (name === 'data-index' ? String(index) : null),
    get offsetHeight(): number {
      throw new Error('offsetHeight read: a forced layout');
    },
  } as unknown as HTMLElement;
}

const entry = (blockSize: number) =>
  ({ borderBoxSize: [{ blockSize, inlineSize: 300 }] }) as unknown as ResizeObserverEntry;

describe('rowHeight', () => {
  it("takes the ResizeObserver's size when it reports one", () => {
    expect(rowHeight(row(2), entry(72.4), list())).toBe(72);
  });

  it('gives a newly mounted row its estimate, without reading its layout', () => {
    expect(rowHeight(row(3), undefined, list())).toBe(ESTIMATE);
  });

  it('gives a remounted row the height last measured for it, not the estimate', () => {
    const virtual = list();
    virtual.getTotalSize(); // lays the rows out from their estimates
    virtual.resizeItem(4, 64);
    expect(rowHeight(row(4), undefined, virtual)).toBe(64);
    expect(rowHeight(row(5), undefined, virtual)).toBe(ESTIMATE);
  });
});

describe('observeBoxSize', () => {
  it('does nothing without a scroll box (nothing to observe yet)', () => {
    expect(observeBoxSize(list(), () => {})).toBeUndefined();
  });
});

describe('scrollBox', () => {
  /** A list whose scroll box records where it was scrolled. */
  function scrolled() {
    const writes: number[] = [];
    const box = { scrollTo: ({ top }: { top: number }) => writes.push(top) } as unknown as HTMLElement;
    const virtual = list();
    Object.defineProperty(virtual, 'scrollElement', { value: box });
    return { virtual, writes };
  }

  it('leaves a new box at the top instead of scrolling it there; later writes go through', () => {
    const { virtual, writes } = scrolled();
    scrollBox(0, {}, virtual);
    expect(writes).toEqual([]);
    scrollBox(220, {}, virtual);
    scrollBox(0, {}, virtual);
    expect(writes).toEqual([220, 0]);
  });

  it('scrolls a new box that is to start anywhere but the top', () => {
    const { virtual, writes } = scrolled();
    scrollBox(0, { adjustments: 40 }, virtual);
    expect(writes).toEqual([40]);
  });
});
