/**
 * FlowViolation: thrown when a value would leave through a sink not cleared for it. It carries the
 * sink's name and the value's level, never the value (messages end up in logs and consoles).
 *
 *   try { emit(page, secretThing, audit) } catch (e) { if (e instanceof FlowViolation) e.level }
 */
import type { Level } from './levels.js';

export class FlowViolation extends Error {
  override readonly name = 'FlowViolation';
  /** The refusing sink's name, e.g. "page:https://app.example". */
  readonly sink: string;
  /** The value's level, or undefined when the value was not Labeled at all. */
  readonly level: Level | undefined;

  constructor(sink: string, level: Level | undefined, message: string) {
    super(message);
    this.sink = sink;
    this.level = level;
  }
}
