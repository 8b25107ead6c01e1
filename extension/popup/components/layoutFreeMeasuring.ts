/**
 * Measuring for @tanstack/react-virtual without forcing a layout while React commits. The library's
 * defaults read the scroll box's clientHeight and each new row's offsetHeight as they mount: every
 * read after a DOM change makes the browser lay the page out there and then, four times in a row on
 * opening a long list (~8 ms here). These take sizes from ResizeObservers instead, which report
 * every observed element once it is laid out, before it is painted, so the first frame is still right.
 *
 *   useVirtualizer({ …, initialRect, observeElementRect: observeBoxSize, measureElement: rowHeight });
 */
import { measureElement, type Rect, type Virtualizer } from '@tanstack/react-virtual';

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
