/**
 * Calls `tick` every `intervalMs` while `enabled`, the next call only after the last one settled
 * (a slow worker never gets a pile of overlapping calls). The first call is one interval after
 * enabling: screens load once themselves, then poll.
 *
 *   usePoll(reload, 3000, items.some((item) => item.status === 'pending'));
 */
import { useEffect, useRef } from 'react';

export function usePoll(tick: () => Promise<unknown>, intervalMs: number, enabled: boolean): void {
  // The latest tick, so a re-render with a new closure does not restart the timer.
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  }, [tick]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loop = async () => {
      try {
        await latest.current();
      } catch {
        // The tick reports its own failures; polling goes on (the next answer may be fine).
      }
      if (!stopped) timer = setTimeout(loop, intervalMs);
    };
    timer = setTimeout(loop, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [enabled, intervalMs]);
}
