/** Wallet settings (stored encrypted with the private state). */
import * as v from 'valibot';
import { procedure } from './procedure';
import { Empty } from './schemas';

export const SettingsView = v.object({
  /** 0 turns auto-lock off. */
  autoLockMinutes: v.number(),
});
export type SettingsView = v.InferOutput<typeof SettingsView>;

export const getSettings = procedure({ name: 'getSettings', input: Empty, output: SettingsView });

export const setAutoLock = procedure({
  name: 'setAutoLock',
  input: v.object({ minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)) }),
  output: SettingsView,
});
