/** The audit trail, for the popup's audit view: every declassification and refused flow. */
import * as v from 'valibot';
import { procedure } from './procedure';

export const AuditEntryView = v.object({
  seq: v.number(),
  time: v.number(),
  kind: v.string(),
  level: v.optional(v.string()),
  from: v.optional(v.string()),
  to: v.optional(v.string()),
  sink: v.optional(v.string()),
  reason: v.optional(v.string()),
  detail: v.optional(v.string()),
  hash: v.string(),
});

export const getAuditLog = procedure({
  name: 'getAuditLog',
  input: v.object({
    kind: v.optional(v.pipe(v.string(), v.maxLength(40))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  }),
  output: v.object({
    version: v.number(),
    /** true when the hash chain verifies end to end. */
    intact: v.boolean(),
    entries: v.array(AuditEntryView),
  }),
});
