/**
 * Procedures of the approval window: the queue of site requests waiting for the user (each as a
 * card the ring built), and the user's answer to one of them. The window renders cards
 * generically; what to sign or send is decided in the ring from the stored request, never from
 * anything the window sends back except the decision and the user's own choices.
 */
import * as v from 'valibot';
import { Card } from '../../markup/card';
import { procedure } from './procedure';
import { Empty, Password } from './schemas';

export const PendingApproval = v.object({
  /** Opaque id of the pending request. */
  id: v.string(),
  origin: v.string(),
  card: Card,
  /** A rule or the request needs the password typed on the card before Approve works. */
  needsPassword: v.optional(v.boolean()),
});
export type PendingApproval = v.InferOutput<typeof PendingApproval>;

export const ApprovalsView = v.object({
  requests: v.array(PendingApproval),
  /** Requests still being prepared (reading the chain, simulating) or waiting for the unlock. */
  preparing: v.number(),
});
export type ApprovalsView = v.InferOutput<typeof ApprovalsView>;

export const getApprovals = procedure({ name: 'getApprovals', input: Empty, output: ApprovalsView });

const Gwei = v.pipe(v.string(), v.regex(/^\d{1,12}(\.\d{1,9})?$/, 'expected gwei like "1.5"'));

/** A transaction card's fees as the user edited them (decimal gwei). */
export const FeeEdits = v.object({
  maxFeePerGasGwei: v.optional(Gwei),
  maxPriorityFeePerGasGwei: v.optional(Gwei),
  gasPriceGwei: v.optional(Gwei),
});

export const resolveApproval = procedure({
  name: 'resolveApproval',
  input: v.object({
    id: v.pipe(v.string(), v.maxLength(64)),
    decision: v.picklist(['approve', 'reject']),
    /** Connect cards: the accounts the user picked (EIP-55 or lower case). */
    accounts: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(42))), v.maxLength(100))),
    /** Transaction cards: the user's edited fees. */
    fees: v.optional(FeeEdits),
    password: v.optional(Password),
  }),
  output: ApprovalsView,
});
