/**
 * Measuring for @tanstack/react-virtual without forcing a layout while React commits. The library's
 * defaults read the scroll box's clientHeight and each new row's offsetHeight as they mount, and
 * scroll the new box to 0: each of these, after a DOM change, makes the browser lay the whole page
 * out there and then, and again once React is done (~11 ms here on opening a long list). These take
 * sizes from ResizeObservers instead, which report every observed element once it is laid out and
 * before it is painted, so the first frame is still right; and a new box is not scrolled to where it is.
 *
 *   useVirtualizer({ …, initialRect, observeElementRect: observeBoxSize, measureElement: rowHeight,
 *     scrollToFn: scrollBox });
 */
import { elementScroll, measureElement, type Rect, type Virtualizer } from '@tanstack/react-virtual';

type List = Virtualizer<HTMLElement, HTMLElement>;

/** The scroll box's size as its ResizeObserver reports it (until then, the list's `initialRect`). */
export function observeBoxSize(list: List, onSize: (rect: Rect) => void): (() => void) | undefined {
  const box = list.scrollElement;
  if (!box) return undefined;
  // Inside the observer's callback layout is done: these reads cost nothing.
  const observer = new ResizeObserver(() => onSize({ width: box.clientWidth, height: box.clientHeight }));
  observer.observe(box);
  return () => observer.disconnect();
}

/**
 * A row's height: the ResizeObserver's when it reports one (it does for every row it starts to
 * observe), else the last measured or the estimated height, without reading the element.
 */
export function rowHeight(row: HTMLElement, entry: ResizeObserverEntry | undefined, list: List): number {
  if (entry) return measureElement(row, entry, list);
  const at = list.indexFromElement(row);
  return list.itemSizeCache.get(list.options.getItemKey(at)) ?? list.options.estimateSize(at);
}

/** Boxes the list has scrolled (or chosen not to) at least once. */
const placed = new WeakSet<Element>();

/**
 * Scrolls the box, except the first time when that is to the top: a box just mounted is there
 * already (the list attaches to a box once, when it mounts). Later writes always go through.
 */
export function scrollBox(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  list: List,
): void {
  const box = list.scrollElement;
  if (box && !placed.has(box)) {
    placed.add(box);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, list);
}
